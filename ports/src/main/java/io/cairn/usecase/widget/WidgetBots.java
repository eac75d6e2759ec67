package io.cairn.usecase.widget;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.widget.OriginPolicy;
import io.cairn.ports.out.persistence.BotRepository;
import java.util.Optional;

/** Finds the bot a publishable key names and holds the widget to the bot's origin allow-list. */
final class WidgetBots {

    private final BotRepository bots;

    WidgetBots(BotRepository bots) {
        this.bots = bots;
    }

    Bot require(String publicKey) {
        return bots.findByPublicKey(publicKey).orElseThrow(() -> new NotFoundException("bot", publicKey));
    }

    /** The origin to echo to the browser; a missing or unlisted origin is refused before anything else happens. */
    String requireOrigin(Bot bot, Optional<String> origin) {
        return OriginPolicy.allowed(bot.settings().allowedOrigins(), origin)
                .orElseThrow(() -> new ForbiddenException("This origin may not use this bot's widget"));
    }
}
