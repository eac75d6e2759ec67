package io.cairn.domain.tenant;

/** A member's role in an organization, from most to least powerful. */
public enum Role {
    OWNER,
    ADMIN,
    EDITOR,
    VIEWER;

    /** Whether this role may change content such as bots and sources. */
    public boolean canEdit() {
        return this != VIEWER;
    }

    /** Whether this role may invite members, change their roles and remove them. */
    public boolean canManageMembers() {
        return this == OWNER || this == ADMIN;
    }
}
