package io.cairn.usecase.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.RetrievalMode;
import io.cairn.domain.bot.RetrievalSettings;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.UpstreamTimeoutException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.retrieval.RankFusion;
import io.cairn.domain.source.Source;
import io.cairn.domain.tenant.Actor;
import io.cairn.ports.fakes.FakeExtractiveAnswer;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.EarlierTurn;
import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.usecase.UseCaseFixture;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.retrieval.Retriever;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AskQuestionServiceTest {

    private static final String FALLBACK = "I cannot help with that; please write to support@acme.test.";
    private static final String REFUND_SENTENCE = "Refunds are accepted within thirty days of purchase.";
    private static final String REFUND_QUESTION = "Within how many days are refunds accepted?";
    private static final String UNRELATED_QUESTION = "What colour is the office cat?";

    @Test
    void should_quote_the_right_passage_and_stream_tokens_then_citations_when_answering_extractively() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        var listener = new RecordingAnswerListener();
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), listener);
        // then
        assertThat(result.answered()).isTrue();
        assertThat(result.mode()).isEqualTo("extractive");
        assertThat(result.answer()).isEqualTo(REFUND_SENTENCE + " [1]");
        assertThat(result.citations()).singleElement().satisfies(c -> {
            assertThat(c.n()).isEqualTo(1);
            assertThat(c.sourceId()).isEqualTo(kb.refunds.id());
            assertThat(c.title()).isEqualTo("Refunds");
            assertThat(c.snippet()).isEqualTo(REFUND_SENTENCE);
        });
        assertThat(listener.kinds()).first().isEqualTo("started");
        assertThat(listener.kinds()).last().isEqualTo("citations");
        assertThat(listener.kinds().subList(1, listener.kinds().size() - 1))
                .hasSizeGreaterThan(3)
                .containsOnly("token");
        assertThat(listener.streamedText()).isEqualTo(result.answer());
        assertThat(listener.conversation()).isEqualTo(result.conversationId());
        assertThat(listener.message()).isEqualTo(result.messageId());
    }

    @Test
    void should_publish_sync_completed_then_conversation_completed_for_the_bots_workspace() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), new RecordingAnswerListener());
        // then
        var events = kb.cairn.published;
        assertThat(events)
                .extracting(io.cairn.domain.event.OutboundEvent::type)
                .contains("source.sync.completed")
                .last()
                .isEqualTo("conversation.completed");
        var completed = events.get(events.size() - 1);
        assertThat(completed.data())
                .containsEntry("conversationId", result.conversationId().toString())
                .containsEntry("messageId", result.messageId().toString())
                .containsEntry("answered", true);
        assertThat(completed.workspaceId()).isPresent();
        assertThat(events.get(0).data())
                .containsEntry("sourceId", kb.refunds.id().toString());
    }

    @Test
    void should_send_the_fallback_message_without_citations_when_no_passage_is_relevant() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        var listener = new RecordingAnswerListener();
        // when
        AnswerResult result = kb.ask(UNRELATED_QUESTION, Optional.empty(), listener);
        // then
        assertThat(result.answered()).isFalse();
        assertThat(result.answer()).isEqualTo(FALLBACK);
        assertThat(result.citations()).isEmpty();
        assertThat(listener.streamedText()).isEqualTo(FALLBACK);
        assertThat(listener.kinds()).last().isEqualTo("citations");
        assertThat(kb.cairn.llm.requests()).isEmpty();
        assertThat(kb.lastMessage(result).answered()).isFalse();
    }

    @Test
    void should_fall_back_when_the_bot_has_no_knowledge_at_all() {
        // given
        var cairn = UseCaseFixture.extractive();
        Actor owner = cairn.newOwner("empty@acme.test");
        Bot empty = cairn.newBot(owner, "Empty");
        // when
        AnswerResult result = cairn.ask.ask(
                new AskQuestionCommand(owner.organizationId(), empty.id(), REFUND_QUESTION, Optional.empty()),
                AnswerListener.ignoring());
        // then
        assertThat(result.answered()).isFalse();
        assertThat(result.answer()).isEqualTo(BotSettings.DEFAULT_FALLBACK);
        assertThat(result.citations()).isEmpty();
    }

    @Test
    void should_generate_and_bind_citations_from_markers_when_a_model_is_configured() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering("Refunds are accepted ", "for thirty days ", "[1].");
        var listener = new RecordingAnswerListener();
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), listener);
        // then
        assertThat(result.mode()).isEqualTo("generated");
        assertThat(result.answered()).isTrue();
        assertThat(result.answer()).isEqualTo("Refunds are accepted for thirty days [1].");
        assertThat(result.citations()).singleElement().satisfies(c -> {
            assertThat(c.n()).isEqualTo(1);
            assertThat(c.sourceId()).isEqualTo(kb.refunds.id());
        });
        assertThat(result.usage().completionTokens()).isEqualTo(3);
        assertThat(listener.tokens()).containsExactly("Refunds are accepted ", "for thirty days ", "[1].");
        assertThat(listener.kinds()).last().isEqualTo("citations");
        String prompt = kb.cairn.llm.requests().get(0).messages().get(0).content();
        assertThat(prompt).contains(REFUND_SENTENCE);
    }

    @Test
    void should_bind_no_citation_when_the_model_invents_a_passage_number() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering("Thirty days [1], or ninety [9].");
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), AnswerListener.ignoring());
        // then
        assertThat(result.citations()).extracting(Citation::n).containsExactly(1);
        assertThat(kb.lastMessage(result).citations()).extracting(Citation::n).containsExactly(1);
    }

    @Test
    void should_keep_the_invented_marker_out_of_the_stored_answer_when_the_model_cites_a_missing_passage() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering("Thirty days [1], or ninety [9].");
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), AnswerListener.ignoring());
        // then
        assertThat(result.answer()).contains("[1]").doesNotContain("[9]");
        assertThat(kb.lastMessage(result).content()).isEqualTo(result.answer());
    }

    @Test
    void should_answer_extractively_when_the_model_completes_with_an_empty_answer() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering();
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), AnswerListener.ignoring());
        // then
        assertThat(result.answered()).isTrue();
        assertThat(result.mode()).isEqualTo("extractive");
        assertThat(result.answer()).contains(REFUND_SENTENCE);
        assertThat(result.citations()).isNotEmpty();
    }

    @Test
    void should_answer_extractively_when_the_model_fails_before_any_token() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.failingAfter(0, "never sent");
        var listener = new RecordingAnswerListener();
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), listener);
        // then
        assertThat(kb.cairn.llm.requests()).hasSize(1);
        assertThat(result.mode()).isEqualTo("extractive");
        assertThat(result.answered()).isTrue();
        assertThat(result.answer()).contains(REFUND_SENTENCE);
        assertThat(result.citations()).extracting(Citation::sourceId).containsExactly(kb.refunds.id());
        assertThat(listener.streamedText()).isEqualTo(result.answer()).doesNotContain("never sent");
        assertThat(kb.lastMessage(result).partial()).isFalse();
    }

    @Test
    void should_report_a_model_timeout_instead_of_an_answer_when_the_model_never_sends_a_first_token() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.timingOut();
        var listener = new RecordingAnswerListener();
        // when / then
        assertThatThrownBy(() -> kb.ask(REFUND_QUESTION, Optional.empty(), listener))
                .isInstanceOf(UpstreamTimeoutException.class)
                .extracting(e -> ((UpstreamTimeoutException) e).code())
                .isEqualTo("model_timeout");
        assertThat(listener.streamedText()).isEmpty();
    }

    @Test
    void should_store_a_partial_answer_when_the_model_fails_mid_stream() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.failingAfter(2, "Refunds are ", "accepted for ", "thirty days [1].");
        var listener = new RecordingAnswerListener();
        // when
        AnswerResult result = kb.ask(REFUND_QUESTION, Optional.empty(), listener);
        // then
        Message stored = kb.lastMessage(result);
        assertThat(stored.partial()).isTrue();
        assertThat(stored.content()).isEqualTo("Refunds are accepted for ");
        assertThat(stored.answerMode()).isEqualTo("generated");
        assertThat(listener.tokens()).containsExactly("Refunds are ", "accepted for ");
        assertThat(listener.kinds()).last().isEqualTo("citations");
    }

    @Test
    void should_store_every_turn_in_order_when_a_conversation_continues() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering("Thirty days [1].");
        AnswerResult first = kb.ask(REFUND_QUESTION, Optional.empty(), AnswerListener.ignoring());
        kb.cairn.llm.answering("Two business days [1].");
        // when
        AnswerResult second =
                kb.ask("And how fast do orders ship?", Optional.of(first.conversationId()), AnswerListener.ignoring());
        // then
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        List<Message> stored = kb.cairn.messages.listByConversation(kb.owner.organizationId(), first.conversationId());
        assertThat(stored)
                .extracting(Message::role, Message::content)
                .containsExactly(
                        tuple(MessageRole.USER, REFUND_QUESTION),
                        tuple(MessageRole.ASSISTANT, "Thirty days [1]."),
                        tuple(MessageRole.USER, "And how fast do orders ship?"),
                        tuple(MessageRole.ASSISTANT, "Two business days [1]."));
        assertThat(stored.get(3).id()).isEqualTo(second.messageId());
        List<LlmMessage> prompt = kb.cairn.llm.requests().get(1).messages();
        assertThat(prompt)
                .extracting(LlmMessage::role, LlmMessage::content)
                .contains(tuple("user", REFUND_QUESTION), tuple("assistant", "Thirty days [1]."));
    }

    @Test
    void should_let_the_model_read_the_turns_a_client_sends_along_without_storing_them_as_the_bots() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        kb.cairn.llm.answering("Two business days [1].");
        List<EarlierTurn> earlier = List.of(
                new EarlierTurn(MessageRole.USER, REFUND_QUESTION),
                new EarlierTurn(MessageRole.ASSISTANT, "Thirty days, says the client's own transcript."));
        // when
        AnswerResult result = kb.cairn.ask.ask(
                new AskQuestionCommand(
                        kb.owner.organizationId(),
                        kb.bot.id(),
                        "And how fast do orders ship?",
                        Optional.empty(),
                        earlier),
                AnswerListener.ignoring());
        // then
        List<LlmMessage> prompt = kb.cairn.llm.requests().get(0).messages();
        assertThat(prompt)
                .extracting(LlmMessage::role, LlmMessage::content)
                .containsSubsequence(
                        tuple("user", REFUND_QUESTION),
                        tuple("assistant", "Thirty days, says the client's own transcript."));
        assertThat(kb.cairn.messages.listByConversation(kb.owner.organizationId(), result.conversationId()))
                .extracting(Message::role, Message::content)
                .containsExactly(
                        tuple(MessageRole.USER, "And how fast do orders ship?"),
                        tuple(MessageRole.ASSISTANT, "Two business days [1]."));
    }

    @Test
    void should_refuse_earlier_turns_when_continuing_a_stored_conversation() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.generative());
        List<EarlierTurn> earlier = List.of(new EarlierTurn(MessageRole.USER, REFUND_QUESTION));
        // when / then
        assertThatThrownBy(() -> new AskQuestionCommand(
                        kb.owner.organizationId(),
                        kb.bot.id(),
                        "And shipping?",
                        Optional.of(ConversationId.random()),
                        earlier))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("conversationId");
    }

    @Test
    void should_not_find_the_conversation_when_it_belongs_to_another_bot() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        Bot other = kb.cairn.newBot(kb.owner, "Other bot");
        AnswerResult elsewhere = kb.cairn.ask.ask(
                new AskQuestionCommand(kb.owner.organizationId(), other.id(), "Hello?", Optional.empty()),
                AnswerListener.ignoring());
        // when / then
        assertThatThrownBy(() ->
                        kb.ask(REFUND_QUESTION, Optional.of(elsewhere.conversationId()), AnswerListener.ignoring()))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("conversation_not_found"));
        assertThat(kb.cairn.messages.listByConversation(kb.owner.organizationId(), elsewhere.conversationId()))
                .hasSize(2);
    }

    @Test
    void should_not_find_the_conversation_when_it_belongs_to_another_tenant() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        Actor stranger = kb.cairn.newOwner("owner@other.test");
        Bot theirs = kb.cairn.newBot(stranger, "Their bot");
        ConversationId theirConversation = kb.cairn
                .ask
                .ask(
                        new AskQuestionCommand(stranger.organizationId(), theirs.id(), "Hello?", Optional.empty()),
                        AnswerListener.ignoring())
                .conversationId();
        // when / then
        assertThatThrownBy(() -> kb.ask(REFUND_QUESTION, Optional.of(theirConversation), AnswerListener.ignoring()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_not_find_the_bot_when_asking_another_tenants_bot() {
        // given
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        Actor stranger = kb.cairn.newOwner("owner@other.test");
        // when / then
        assertThatThrownBy(() -> kb.cairn.ask.ask(
                        new AskQuestionCommand(
                                stranger.organizationId(), kb.bot.id(), REFUND_QUESTION, Optional.empty()),
                        AnswerListener.ignoring()))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("bot_not_found"));
    }

    /** A bot that knows about refunds and shipping, with its own fallback message. */
    @Test
    void should_store_nothing_and_rethrow_when_the_transaction_refuses_the_question() {
        // given a transaction that fails, as when another request spent the organization's last credit meanwhile
        Knowledge kb = new Knowledge(UseCaseFixture.extractive());
        var refusing = new TransactionPort() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw new IllegalStateException("no credits left");
            }
        };
        var ask = new AskQuestionService(
                kb.cairn.bots,
                kb.cairn.conversations,
                kb.cairn.messages,
                new Retriever(kb.cairn.embedding, kb.cairn.index, RankFusion.defaults()),
                new FakeExtractiveAnswer(),
                Optional.empty(),
                kb.cairn.published::add,
                kb.cairn.clock,
                PlanGate.OPEN,
                refusing);
        var listener = new RecordingAnswerListener();
        int eventsBefore = kb.cairn.published.size();
        // when / then
        assertThatThrownBy(() -> ask.ask(
                        new AskQuestionCommand(
                                kb.owner.organizationId(), kb.bot.id(), REFUND_QUESTION, Optional.empty()),
                        listener))
                .hasMessage("no credits left");
        assertThat(listener.kinds()).isEmpty();
        assertThat(kb.cairn.published).hasSize(eventsBefore);
    }

    private static final class Knowledge {
        final UseCaseFixture cairn;
        final Actor owner;
        final Bot bot;
        final Source refunds;
        final Source shipping;

        Knowledge(UseCaseFixture cairn) {
            this.cairn = cairn;
            this.owner = cairn.newOwner("owner@acme.test");
            BotSettings settings = new BotSettings(null, null, null, FALLBACK, null, null, null, null, null)
                    .withRetrieval(new RetrievalSettings(RetrievalMode.HYBRID, 5, 0.4));
            this.bot = cairn.newBot(owner, "Support", settings);
            this.refunds = cairn.ingestText(
                    owner,
                    bot,
                    "Refunds",
                    REFUND_SENTENCE + " To request a refund, email billing with your order number.");
            this.shipping = cairn.ingestText(
                    owner,
                    bot,
                    "Shipping",
                    "Orders ship within two business days. International parcels take up to ten days.");
        }

        AnswerResult ask(String question, Optional<ConversationId> conversation, AnswerListener listener) {
            return cairn.ask.ask(
                    new AskQuestionCommand(owner.organizationId(), bot.id(), question, conversation), listener);
        }

        Message lastMessage(AnswerResult result) {
            List<Message> all = cairn.messages.listByConversation(owner.organizationId(), result.conversationId());
            Message last = all.get(all.size() - 1);
            assertThat(last.id()).isEqualTo(result.messageId());
            return last;
        }
    }
}
