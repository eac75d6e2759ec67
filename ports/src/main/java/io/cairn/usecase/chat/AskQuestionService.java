package io.cairn.usecase.chat;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.answer.CitationPolicy;
import io.cairn.domain.answer.Passage;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.chat.TokenUsage;
import io.cairn.domain.retrieval.Answerability;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.cairn.ports.out.answer.ExtractiveAnswerPort;
import io.cairn.ports.out.events.OutboundEventPort;
import io.cairn.ports.out.index.IndexScope;
import io.cairn.ports.out.llm.LlmPort;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.bot.TenantBots;
import io.cairn.usecase.retrieval.Retriever;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question from the bot's knowledge: retrieve, gate on relevance, then generate with the model (when one
 * is configured) or quote extractively, bind citations on the server and store both turns.
 */
public final class AskQuestionService implements AskQuestionUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(AskQuestionService.class);
    private static final String FALLBACK_MODE = "fallback";

    private final TenantBots bots;
    private final Conversations conversations;
    private final MessageRepository messages;
    private final Retriever retriever;
    private final ExtractiveAnswerer extractive;
    private final Optional<GenerativeAnswerer> generative;
    private final OutboundEventPort events;
    private final ClockPort clock;
    private final PlanGate plans;
    private final TransactionPort tx;

    /** Without plans: every question is answered. */
    public AskQuestionService(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            Retriever retriever,
            ExtractiveAnswerPort extractor,
            Optional<LlmPort> llm,
            OutboundEventPort events,
            ClockPort clock) {
        this(bots, conversations, messages, retriever, extractor, llm, events, clock, PlanGate.OPEN, Supplier::get);
    }

    /** Spends the answer's message credits in the transaction that stores the question. */
    public AskQuestionService(
            BotRepository bots,
            ConversationRepository conversations,
            MessageRepository messages,
            Retriever retriever,
            ExtractiveAnswerPort extractor,
            Optional<LlmPort> llm,
            OutboundEventPort events,
            ClockPort clock,
            PlanGate plans,
            TransactionPort tx) {
        this.bots = new TenantBots(bots);
        this.conversations = new Conversations(conversations, clock);
        this.messages = messages;
        this.retriever = retriever;
        this.extractive = new ExtractiveAnswerer(extractor);
        this.generative = llm.map(GenerativeAnswerer::new);
        this.events = events;
        this.clock = clock;
        this.plans = plans;
        this.tx = tx;
    }

    @Override
    public AnswerResult ask(AskQuestionCommand command, AnswerListener listener) {
        Bot bot = bots.require(command.organizationId(), command.botId());
        Opened opened = tx.inTransaction(() -> {
            plans.meterMessage(bot.organizationId(), bot.id());
            Conversation started = conversations.openOrStart(bot, command.conversationId());
            messages.save(Message.fromUser(started, command.message(), clock.now()));
            return new Opened(started, earlierTurns(command, started));
        });
        Conversation conversation = opened.conversation();
        List<Message> history = opened.history();
        MessageId messageId = MessageId.random();
        listener.onStarted(conversation.id(), messageId);

        var settings = bot.settings().retrieval();
        List<RankedChunk> ranked = retriever.retrieve(
                new IndexScope(bot.organizationId(), bot.id()), command.message(), settings.mode(), settings.topK());
        List<Passage> passages = Passage.number(Answerability.relevant(ranked, settings));
        Optional<Produced> produced = Answerability.isAnswerable(ranked, settings) && !passages.isEmpty()
                ? answer(bot, passages, history, command.message(), listener)
                : Optional.empty();
        Produced result = produced.orElseGet(() -> fallback(bot, command.message(), listener));
        List<Citation> citations = withSnippets(CitationPolicy.bind(result.text(), passages), result.snippets());
        listener.onCitations(citations);

        boolean answered = !result.mode().equals(FALLBACK_MODE);
        Message reply = new Message(
                messageId,
                conversation.id(),
                bot.organizationId(),
                MessageRole.ASSISTANT,
                result.text(),
                citations,
                answered,
                result.mode(),
                result.usage(),
                result.partial(),
                clock.now());
        messages.save(reply);
        events.publish(ConversationEvents.completed(bot, reply));
        return new AnswerResult(
                conversation.id(),
                messageId,
                result.text(),
                answered,
                citations,
                result.usage(),
                result.mode(),
                result.partial());
    }

    private Optional<Produced> answer(
            Bot bot, List<Passage> passages, List<Message> history, String question, AnswerListener listener) {
        if (generative.isPresent()) {
            Optional<Produced> generated = generative.get().answer(bot, passages, history, question, listener);
            if (generated.isPresent()) {
                return generated;
            }
            LOG.warn("The language model gave no answer; answering extractively for bot {}", bot.id());
        }
        return extractive.answer(question, passages, listener);
    }

    private Produced fallback(Bot bot, String question, AnswerListener listener) {
        LOG.info(
                "Unanswered question for bot {}: {}",
                bot.id(),
                question.length() > 200 ? question.substring(0, 200) : question);
        String text = bot.settings().fallbackMessage();
        TokenStream.emit(text, listener);
        return new Produced(text, FALLBACK_MODE, TokenUsage.none(), Map.of(), false);
    }

    /**
     * What the model reads before the question: the stored conversation's turns, or the turns the client sent along
     * (read, not stored). Only a model reads them: without one, nothing is read back at all.
     */
    private List<Message> earlierTurns(AskQuestionCommand command, Conversation conversation) {
        if (generative.isEmpty()) {
            return List.of();
        }
        if (command.earlierTurns().isEmpty()) {
            return messages.listByConversation(conversation.organizationId(), conversation.id());
        }
        Instant now = clock.now();
        return command.earlierTurns().stream()
                .map(turn -> Message.earlierTurn(conversation, turn.role(), turn.content(), now))
                .toList();
    }

    /** The conversation a question went into, and the turns before it. */
    private record Opened(Conversation conversation, List<Message> history) {}

    private static List<Citation> withSnippets(List<Citation> citations, Map<Integer, String> snippets) {
        return citations.stream()
                .map(c -> snippets.containsKey(c.n())
                        ? new Citation(
                                c.n(),
                                c.sourceId(),
                                c.documentId(),
                                c.chunkId(),
                                c.title(),
                                c.url(),
                                snippets.get(c.n()),
                                c.score())
                        : c)
                .toList();
    }
}
