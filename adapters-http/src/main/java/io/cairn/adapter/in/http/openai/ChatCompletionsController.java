package io.cairn.adapter.in.http.openai;

import io.cairn.adapter.in.http.ratelimit.ClientAddresses;
import io.cairn.adapter.in.http.security.KeyScope;
import io.cairn.domain.apikey.ApiKeyScope;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.in.ratelimit.AdmitChatMessageUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.util.Optional;

/**
 * Driving adapter: OpenAI's {@code POST /v1/chat/completions} over a bot, so any OpenAI SDK can ask it. The
 * {@code model} is the bot id; the answer is grounded and cited exactly like the native chat, by the same use case.
 */
@Controller("/v1/chat/completions")
@KeyScope(ApiKeyScope.CHAT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatCompletionsController {

    private final AskQuestionUseCase askQuestion;
    private final AdmitChatMessageUseCase admitMessage;
    private final BotModels models;
    private final ClientAddresses clients;
    private final CompletionStreams streams;
    private final Clock clock = Clock.systemUTC();

    public ChatCompletionsController(
            AskQuestionUseCase askQuestion,
            AdmitChatMessageUseCase admitMessage,
            BotModels models,
            ClientAddresses clients,
            CompletionStreams streams) {
        this.askQuestion = askQuestion;
        this.admitMessage = admitMessage;
        this.models = models;
        this.clients = clients;
        this.streams = streams;
    }

    /**
     * Checks the model and the question, then the rate limit, before anything streams, so each failure is a plain
     * error status rather than a 200 stream that ends in an error.
     */
    @Post(produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM})
    public HttpResponse<?> complete(HttpRequest<?> request, Actor actor, @Body ChatCompletionRequest body) {
        String model = body.requiredModel();
        Optional<Bot> bot = models.find(request, actor, model);
        if (bot.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(OpenAiError.of(
                            HttpStatus.NOT_FOUND,
                            "model_not_found",
                            "The model '" + model + "' does not exist or you do not have access to it."));
        }
        AskQuestionCommand command = new AskQuestionCommand(
                actor.organizationId(), bot.get().id(), body.question(), Optional.empty(), body.earlierTurns());
        admitMessage.admit(actor, command.botId(), clients.of(request));
        long created = clock.instant().getEpochSecond();
        if (body.streamed()) {
            return HttpResponse.ok(streams.stream(command, model, created))
                    .contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
        }
        ChatCompletionResponse answer =
                ChatCompletionResponse.from(model, created, askQuestion.ask(command, AnswerListener.ignoring()));
        return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
