package io.cairn.usecase.widget;

import io.cairn.ports.in.widget.AllowWidgetOriginUseCase;
import io.cairn.ports.out.persistence.BotRepository;
import java.util.Optional;

/** Tells the HTTP adapter, for CORS, whether a browser origin is on the bot's allow-list. */
public final class AllowWidgetOriginService implements AllowWidgetOriginUseCase {

    private final WidgetBots bots;

    public AllowWidgetOriginService(BotRepository bots) {
        this.bots = new WidgetBots(bots);
    }

    @Override
    public String allow(String publicKey, Optional<String> origin) {
        return bots.requireOrigin(bots.require(publicKey), origin);
    }
}
