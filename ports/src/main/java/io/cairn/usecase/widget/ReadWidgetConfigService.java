package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.ports.in.widget.ReadWidgetConfigUseCase;
import io.cairn.ports.in.widget.WidgetConfig;
import io.cairn.ports.in.widget.WidgetVisit;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.usecase.ratelimit.ChatThrottle;
import io.cairn.usecase.ratelimit.VisitorKeys;
import java.util.Optional;

/** Gives an allowed origin's widget the public face of its bot, within the visitor's rate limit. */
public final class ReadWidgetConfigService implements ReadWidgetConfigUseCase {

    private final WidgetBots bots;
    private final ChatThrottle throttle;

    public ReadWidgetConfigService(BotRepository bots, ChatThrottle throttle) {
        this.bots = new WidgetBots(bots);
        this.throttle = throttle;
    }

    @Override
    public WidgetConfig read(WidgetVisit visit) {
        Bot bot = bots.require(visit.publicKey());
        bots.requireOrigin(bot, visit.origin());
        throttle.admitVisit(bot.organizationId(), bot.id(), VisitorKeys.of(Optional.empty(), visit.clientAddress()));
        return WidgetConfig.of(bot);
    }
}
