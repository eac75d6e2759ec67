package io.cairn.ports.in.bot;

import io.cairn.domain.bot.BotSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Changes to a bot: a new name, and a change applied to its current settings. */
public record UpdateBotCommand(Optional<String> name, UnaryOperator<BotSettings> settingsChange) {

    public UpdateBotCommand {
        Objects.requireNonNull(name);
        Objects.requireNonNull(settingsChange);
    }
}
