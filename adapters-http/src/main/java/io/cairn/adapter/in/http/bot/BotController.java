package io.cairn.adapter.in.http.bot;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.common.Text;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.WorkspaceId;
import io.cairn.ports.in.bot.CreateBotCommand;
import io.cairn.ports.in.bot.CreateBotUseCase;
import io.cairn.ports.in.bot.DeleteBotUseCase;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.bot.UpdateBotCommand;
import io.cairn.ports.in.bot.UpdateBotUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/** Driving adapter: create, list, read, change and delete the bots of the caller's organization. */
@Controller("/api/v1/bots")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class BotController {

    static final int NAME_MAX = 120;

    private final CreateBotUseCase createBot;
    private final FindBotsUseCase findBots;
    private final UpdateBotUseCase updateBot;
    private final DeleteBotUseCase deleteBot;

    public BotController(
            CreateBotUseCase createBot,
            FindBotsUseCase findBots,
            UpdateBotUseCase updateBot,
            DeleteBotUseCase deleteBot) {
        this.createBot = createBot;
        this.findBots = findBots;
        this.updateBot = updateBot;
        this.deleteBot = deleteBot;
    }

    @Post
    @Status(HttpStatus.CREATED)
    public BotResponse create(Actor actor, @Body BotRequest body) {
        CreateBotCommand command = new CreateBotCommand(
                Text.required(body.name(), "name", NAME_MAX),
                Optional.ofNullable(body.workspaceId()).map(WorkspaceId::parse),
                BotSettingsMerge.apply(body, BotSettings.defaults()));
        return BotResponse.from(createBot.create(actor, command), actor.role());
    }

    @Get
    public BotPageResponse list(
            Actor actor, @QueryValue(defaultValue = "20") int limit, @Nullable @QueryValue String cursor) {
        return BotPageResponse.from(
                findBots.list(actor, new PageRequest(limit, Optional.ofNullable(cursor))), actor.role());
    }

    @Get("/{botId}")
    public BotResponse get(Actor actor, String botId) {
        return BotResponse.from(findBots.get(actor, BotId.parse(botId)), actor.role());
    }

    /** Only the fields present in the body change; nested objects merge field by field too. */
    @Patch("/{botId}")
    public BotResponse update(Actor actor, String botId, @Body BotRequest body) {
        BotId id = BotId.parse(botId);
        Optional<String> name = Optional.ofNullable(body.name()).map(n -> Text.required(n, "name", NAME_MAX));
        UpdateBotCommand command = new UpdateBotCommand(name, current -> BotSettingsMerge.apply(body, current));
        return BotResponse.from(updateBot.update(actor, id, command), actor.role());
    }

    @Delete("/{botId}")
    @Status(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, String botId) {
        deleteBot.delete(actor, BotId.parse(botId));
    }
}
