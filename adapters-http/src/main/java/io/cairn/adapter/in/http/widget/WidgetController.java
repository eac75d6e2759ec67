package io.cairn.adapter.in.http.widget;

import io.cairn.adapter.in.http.chat.AnswerStreams;
import io.cairn.adapter.in.http.chat.ChatController;
import io.cairn.adapter.in.http.chat.ChatResponse;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.in.widget.AdmitVisitorQuestionUseCase;
import io.cairn.ports.in.widget.ReadWidgetConfigUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Driving adapter: the widget's public surface, {@code /widget/{publicKey}/config} and {@code /chat}, anonymous and
 * reachable only from the bot's allowed origins. Each request first settles the origin (404 for an unknown key, 403
 * for a foreign origin, with no CORS headers), so every later answer, a 401 or 429 included, is readable by the
 * widget. Chat answers as JSON or server-sent events, exactly like the private chat.
 */
@Controller("/widget/{publicKey}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WidgetController {

    private final WidgetVisits visits;
    private final ReadWidgetConfigUseCase readConfig;
    private final AdmitVisitorQuestionUseCase admitQuestion;
    private final AskQuestionUseCase askQuestion;
    private final AnswerStreams streams;

    public WidgetController(
            WidgetVisits visits,
            ReadWidgetConfigUseCase readConfig,
            AdmitVisitorQuestionUseCase admitQuestion,
            AskQuestionUseCase askQuestion,
            AnswerStreams streams) {
        this.visits = visits;
        this.readConfig = readConfig;
        this.admitQuestion = admitQuestion;
        this.askQuestion = askQuestion;
        this.streams = streams;
    }

    @Get("/config")
    public WidgetConfigResponse config(HttpRequest<?> request, String publicKey) {
        return WidgetConfigResponse.from(readConfig.read(visits.visit(request, publicKey)));
    }

    @Post(
            value = "/chat",
            produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public HttpResponse<?> chat(HttpRequest<?> request, String publicKey, @Body WidgetChatRequest body) {
        AskQuestionCommand command = admitQuestion.admit(body.toQuestion(visits.visit(request, publicKey)));
        if (ChatController.wantsEvents(request)) {
            return HttpResponse.ok(streams.stream(command)).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
        }
        ChatResponse answer = ChatResponse.from(askQuestion.ask(command, AnswerListener.ignoring()));
        return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Options("/config")
    public MutableHttpResponse<?> preflightConfig(HttpRequest<?> request, String publicKey) {
        return visits.preflight(request, publicKey);
    }

    @Options("/chat")
    public MutableHttpResponse<?> preflightChat(HttpRequest<?> request, String publicKey) {
        return visits.preflight(request, publicKey);
    }
}
