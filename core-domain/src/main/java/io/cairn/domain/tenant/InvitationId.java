package io.cairn.domain.tenant;

import io.cairn.domain.common.Ids;
import java.util.UUID;

/** Identifies an invitation to join an organization. */
public record InvitationId(UUID value) {

    public InvitationId {
        Ids.require(value, "invitation");
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    public static InvitationId parse(String text) {
        return new InvitationId(Ids.parse("invitation", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
