package io.cairn.adapter.in.http.widget;

import io.cairn.ports.in.widget.CaptureLeadUseCase;
import io.cairn.ports.in.widget.RateAnswerUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Driving adapter: what widget visitors leave for the bot's owner, {@code /widget/{publicKey}/feedback} (a thumbs
 * up or down on an answer of their own conversation) and {@code /leads} (a name and an e-mail). Anonymous, and held
 * to the bot's allowed origins like the rest of the widget.
 */
@Controller("/widget/{publicKey}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WidgetResponsesController {

    private final WidgetVisits visits;
    private final RateAnswerUseCase rateAnswer;
    private final CaptureLeadUseCase captureLead;

    public WidgetResponsesController(
            WidgetVisits visits, RateAnswerUseCase rateAnswer, CaptureLeadUseCase captureLead) {
        this.visits = visits;
        this.rateAnswer = rateAnswer;
        this.captureLead = captureLead;
    }

    @Post("/feedback")
    public HttpResponse<?> feedback(HttpRequest<?> request, String publicKey, @Body WidgetFeedbackRequest body) {
        rateAnswer.rate(body.toFeedback(visits.visit(request, publicKey)));
        return HttpResponse.noContent();
    }

    @Post("/leads")
    public HttpResponse<?> lead(HttpRequest<?> request, String publicKey, @Body WidgetLeadRequest body) {
        captureLead.capture(body.toLead(visits.visit(request, publicKey)));
        return HttpResponse.noContent();
    }

    @Options("/feedback")
    public MutableHttpResponse<?> preflightFeedback(HttpRequest<?> request, String publicKey) {
        return visits.preflight(request, publicKey);
    }

    @Options("/leads")
    public MutableHttpResponse<?> preflightLeads(HttpRequest<?> request, String publicKey) {
        return visits.preflight(request, publicKey);
    }
}
