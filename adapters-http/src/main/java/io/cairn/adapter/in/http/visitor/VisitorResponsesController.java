package io.cairn.adapter.in.http.visitor;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.widget.FindVisitorResponsesUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Driving adapter: a bot's members read its widget visitors' ratings, and its owners and admins their leads. */
@Controller("/api/v1/bots/{botId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class VisitorResponsesController {

    private final FindVisitorResponsesUseCase responses;

    public VisitorResponsesController(FindVisitorResponsesUseCase responses) {
        this.responses = responses;
    }

    @Get("/feedback")
    public List<FeedbackResponse> feedback(Actor actor, String botId, @QueryValue(defaultValue = "100") int limit) {
        return responses.feedback(actor, BotId.parse(botId), limit).stream()
                .map(FeedbackResponse::from)
                .toList();
    }

    @Get("/leads")
    public List<LeadResponse> leads(Actor actor, String botId, @QueryValue(defaultValue = "100") int limit) {
        return responses.leads(actor, BotId.parse(botId), limit).stream()
                .map(LeadResponse::from)
                .toList();
    }
}
