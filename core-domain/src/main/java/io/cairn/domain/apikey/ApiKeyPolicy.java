package io.cairn.domain.apikey;

import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.UserId;

/** Who may manage API keys: owners and admins. Only a signed-in person creates one, never another key. */
public final class ApiKeyPolicy {

    private ApiKeyPolicy() {}

    public static void requireCanManage(Actor actor) {
        if (!actor.role().canManageMembers()) {
            throw new ForbiddenException("Only owners and admins can manage API keys");
        }
    }

    /** The creator a new key will answer to. */
    public static UserId requireCreator(Actor actor) {
        requireCanManage(actor);
        return actor.userId().orElseThrow(() -> new ForbiddenException("API keys are created by a signed-in user"));
    }
}
