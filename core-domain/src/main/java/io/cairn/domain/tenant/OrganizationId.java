package io.cairn.domain.tenant;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies a organization. */
public record OrganizationId(UUID value) {

    public OrganizationId {
        Ids.require(value, "organization");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    public static OrganizationId parse(String text) {
        return new OrganizationId(Ids.parse("organization", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
