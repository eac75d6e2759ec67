package io.cairn.ports.in.bot;

import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.tenant.WorkspaceId;
import java.util.Objects;
import java.util.Optional;

/** A new bot: its name, optionally the workspace (the first one otherwise), and its settings. */
public record CreateBotCommand(String name, Optional<WorkspaceId> workspaceId, BotSettings settings) {

    public CreateBotCommand {
        Objects.requireNonNull(workspaceId);
        settings = settings == null ? BotSettings.defaults() : settings;
    }
}
