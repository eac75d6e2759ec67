package io.cairn.domain.tenant;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a workspace. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Ids.require(value, "workspace");
    }

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    public static WorkspaceId parse(String text) {
        return new WorkspaceId(Ids.parse("workspace", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
