package io.cairn.adapter.in.http.chat;

import io.cairn.adapter.in.http.ratelimit.ClientAddresses;
import io.cairn.adapter.in.http.security.KeyScope;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.bot.FindBotsUseCase;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.in.ratelimit.AdmitChatMessageUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Driving adapter: ask a bot a question and get its cited answer, streamed as server-sent events when the client
 * names {@code text/event-stream} in Accept, whole as JSON otherwise (a missing or wildcard Accept included).
 * One route decides, because two routes on one path are ambiguous for a wildcard Accept. It runs on the blocking
 * executor, never on the event loop.
 */
@Controller("/api/v1/bots/{botId}/chat")
@KeyScope(ApiKeyScope.CHAT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatController {

    private final AskQuestionUseCase askQuestion;
    private final FindBotsUseCase findBots;
    private final AdmitChatMessageUseCase admitMessage;
    private final ClientAddresses clients;
    private final AnswerStreams streams;

    public ChatController(
            AskQuestionUseCase askQuestion,
            FindBotsUseCase findBots,
            AdmitChatMessageUseCase admitMessage,
            ClientAddresses clients,
            AnswerStreams streams) {
        this.askQuestion = askQuestion;
        this.findBots = findBots;
        this.admitMessage = admitMessage;
        this.clients = clients;
        this.streams = streams;
    }

    @Post(produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public HttpResponse<?> chat(HttpRequest<?> request, Actor actor, String botId, @Body ChatRequest body) {
        AskQuestionCommand command = command(actor, botId, body);
        admitMessage.admit(actor, command.botId(), clients.of(request));
        if (wantsEvents(request)) {
            return HttpResponse.ok(streams.stream(command)).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
        }
        ChatResponse answer = ChatResponse.from(askQuestion.ask(command, AnswerListener.ignoring()));
        return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Whether the client asked for server-sent events by name; a wildcard or no Accept header means JSON. */
    public static boolean wantsEvents(HttpRequest<?> request) {
        return request.getHeaders().accept().stream()
                .anyMatch(type -> MediaType.TEXT_EVENT_STREAM.equalsIgnoreCase(type.getName()));
    }

    /**
     * Checks the input and that the bot is the caller's before anything streams, so a bad message is still a
     * plain 400 and another tenant's bot a plain 404, never a 200 stream that ends in an error event. The rate limit
     * is checked after that, for the same reason: a flood gets a real 429 with {@code Retry-After}.
     */
    private AskQuestionCommand command(Actor actor, String botId, ChatRequest body) {
        AskQuestionCommand command = body.toCommand(actor, botId);
        findBots.get(actor, command.botId());
        return command;
    }
}
