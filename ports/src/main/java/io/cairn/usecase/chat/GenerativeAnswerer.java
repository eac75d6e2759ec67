package io.cairn.usecase.chat;

import io.cairn.domain.answer.CitationPolicy;
import io.cairn.domain.answer.Passage;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.domain.error.UpstreamTimeoutException;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.out.llm.LlmException;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.llm.LlmRequest;
import io.cairn.ports.out.llm.LlmStreamListener;
import io.cairn.ports.out.llm.LlmTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams a model's answer over the grounded prompt; empty when the model failed or said nothing (the caller then
 * quotes), and an {@link UpstreamTimeoutException} when the model never sent a first token in time.
 */
final class GenerativeAnswerer {

    static final String MODE = "generated";
    private final LlmPort llm;

    GenerativeAnswerer(LlmPort llm) {
        this.llm = llm;
    }

    Optional<Produced> answer(
            Bot bot, List<Passage> passages, List<Message> history, String question, AnswerListener listener) {
        var model = bot.settings().model();
        var request = new LlmRequest(
                model.name(),
                model.temperature(),
                model.maxTokens(),
                PromptBuilder.build(bot, passages, history, question, llm::countTokens));
        Collector collector = new Collector(listener);
        llm.stream(request, collector);
        if (collector.error instanceof LlmTimeoutException && collector.text.isEmpty()) {
            // The model never started: say so clearly rather than wait on or paper over a stalled provider.
            throw new UpstreamTimeoutException(
                    "model_timeout", "The language model did not start answering in time. Try again shortly.");
        }
        // A blank completion (a content filter, a silent model) is no answer either: let the caller quote instead.
        if (collector.text.toString().isBlank()) {
            return Optional.empty();
        }
        boolean partial = collector.error != null;
        String text = CitationPolicy.stripUnknownMarkers(collector.text.toString(), passages.size());
        return Optional.of(new Produced(text, MODE, collector.usage, Map.of(), partial));
    }

    private static final class Collector implements LlmStreamListener {
        private final AnswerListener listener;
        private final StringBuilder text = new StringBuilder();
        private TokenUsage usage = TokenUsage.none();
        private LlmException error;

        Collector(AnswerListener listener) {
            this.listener = listener;
        }

        @Override
        public void onToken(String token) {
            text.append(token);
            listener.onToken(token);
        }

        @Override
        public void onComplete(TokenUsage finalUsage) {
            usage = finalUsage;
        }

        @Override
        public void onError(LlmException e) {
            error = e;
        }
    }
}
