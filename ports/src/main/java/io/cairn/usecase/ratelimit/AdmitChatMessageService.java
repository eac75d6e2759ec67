package io.cairn.usecase.ratelimit;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.ratelimit.AdmitChatMessageUseCase;

/** Admits a member's chat message under the plan's layered limits; the member's user id is the visitor. */
public final class AdmitChatMessageService implements AdmitChatMessageUseCase {

    private final ChatThrottle throttle;

    public AdmitChatMessageService(ChatThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void admit(Actor actor, BotId bot, String clientAddress) {
        throttle.admitMessage(actor.organizationId(), bot, VisitorKeys.of(actor, clientAddress));
    }
}
