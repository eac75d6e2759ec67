package io.cairn.usecase.widget;

import static io.cairn.usecase.widget.WidgetFixture.SHOP;
import static io.cairn.usecase.widget.WidgetFixture.question;
import static io.cairn.usecase.widget.WidgetFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.bot.BotSettings;
import io.cairn.domain.bot.LeadForm;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.ValidationException;
import io.cairn.domain.event.EventTypes;
import io.cairn.domain.event.OutboundEvent;
import io.cairn.domain.widget.Rating;
import io.cairn.ports.fakes.DirectTransactions;
import io.cairn.ports.fakes.FakeVisitorSignatures;
import io.cairn.ports.fakes.InMemoryAnswerFeedbackRepository;
import io.cairn.ports.fakes.InMemoryLeadRepository;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.widget.VisitorFeedback;
import io.cairn.ports.in.widget.VisitorIdentity;
import io.cairn.ports.in.widget.VisitorLead;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VisitorResponsesServicesTest {

    private static final VisitorIdentity ANONYMOUS = VisitorIdentity.of(null, null);

    private final AtomicInteger visitors = new AtomicInteger();
    private final WidgetFixture widget = new WidgetFixture();
    private final InMemoryAnswerFeedbackRepository ratings = new InMemoryAnswerFeedbackRepository();
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final List<OutboundEvent> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final RateAnswerService rate = new RateAnswerService(
            widget.cairn.bots,
            widget.cairn.conversations,
            widget.cairn.messages,
            ratings,
            new FakeVisitorSignatures(),
            widget.throttle,
            published::add,
            new DirectTransactions(),
            widget.cairn.clock);
    private final CaptureLeadService capture = new CaptureLeadService(
            widget.cairn.bots,
            widget.cairn.conversations,
            widget.cairn.messages,
            leads,
            new FakeVisitorSignatures(),
            widget.throttle,
            published::add,
            new DirectTransactions(),
            widget.cairn.clock);
    private final FindVisitorResponsesService find = new FindVisitorResponsesService(widget.cairn.bots, ratings, leads);

    @Test
    void should_store_the_rating_when_a_visitor_rates_an_answer_of_their_own_conversation() {
        // given
        Bot bot = widget.shopBot();
        AnswerResult answer = ask(bot);
        // when
        rate.rate(feedback(bot, answer.conversationId(), answer.messageId(), Rating.DOWN));
        rate.rate(feedback(bot, answer.conversationId(), answer.messageId(), Rating.UP));
        // then
        assertThat(find.feedback(widget.owner, bot.id(), 10)).singleElement().satisfies(f -> assertThat(f.rating())
                .isEqualTo(Rating.UP));
    }

    @Test
    void should_publish_feedback_and_lead_events_for_the_bots_workspace_when_a_visitor_rates_and_leaves_details() {
        // given
        Bot bot = widget.shopBot();
        AnswerResult answer = ask(bot);
        // when
        rate.rate(feedback(bot, answer.conversationId(), answer.messageId(), Rating.DOWN));
        capture.capture(lead(bot, Optional.of(answer.conversationId()), "ada@example.com"));
        // then
        assertThat(published)
                .extracting(OutboundEvent::type)
                .containsExactly(EventTypes.MESSAGE_FEEDBACK, EventTypes.LEAD_CREATED);
        assertThat(published).allSatisfy(e -> {
            assertThat(e.organizationId()).isEqualTo(bot.organizationId());
            assertThat(e.workspaceId()).contains(bot.workspaceId());
        });
        assertThat(published.get(0).data())
                .containsEntry("messageId", answer.messageId().toString())
                .containsEntry("rating", "down");
        assertThat(published.get(1).data())
                .containsEntry("email", "ada@example.com")
                .containsEntry("conversationId", answer.conversationId().toString());
    }

    @Test
    void should_not_find_a_message_of_another_conversation_another_bot_or_no_answer_at_all() {
        // given
        Bot bot = widget.shopBot();
        AnswerResult mine = ask(bot);
        AnswerResult theirs = ask(bot);
        Bot other = widget.shopBot();
        AnswerResult elsewhere = ask(other);
        // when / then
        List<VisitorFeedback> foreign = List.of(
                feedback(bot, mine.conversationId(), theirs.messageId(), Rating.UP),
                feedback(bot, mine.conversationId(), MessageId.random(), Rating.UP),
                feedback(bot, elsewhere.conversationId(), elsewhere.messageId(), Rating.UP),
                feedback(bot, ConversationId.random(), mine.messageId(), Rating.UP),
                feedback(bot, mine.conversationId(), questionIdOf(mine), Rating.UP));
        for (VisitorFeedback f : foreign) {
            assertThatThrownBy(() -> rate.rate(f)).isInstanceOf(NotFoundException.class);
        }
        assertThat(find.feedback(widget.owner, bot.id(), 10)).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void should_refuse_a_rating_from_a_foreign_origin() {
        // given
        Bot bot = widget.shopBot();
        AnswerResult answer = ask(bot);
        // when / then
        assertThatThrownBy(() -> rate.rate(new VisitorFeedback(
                        visit(bot, "https://evil.example", "198.51.100.9"),
                        ANONYMOUS,
                        answer.conversationId(),
                        answer.messageId(),
                        Rating.UP)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_take_a_lead_after_a_fallback_answer_but_not_out_of_the_blue_when_the_form_is_off() {
        // given an empty bot: every question falls back
        Bot bot = widget.shopBot();
        AnswerResult fallback = ask(bot);
        // when / then
        assertThat(fallback.answered()).isFalse();
        assertThatThrownBy(() -> capture.capture(lead(bot, Optional.empty(), "ada@example.com")))
                .isInstanceOf(ForbiddenException.class);
        capture.capture(lead(bot, Optional.of(fallback.conversationId()), "ada@example.com"));
        assertThat(find.leads(widget.owner, bot.id(), 10)).singleElement().satisfies(l -> assertThat(l.conversationId())
                .contains(fallback.conversationId()));
    }

    @Test
    void should_take_a_lead_any_time_when_the_form_is_on_and_refuse_a_bad_email() {
        // given
        Bot bot = widget.cairn.newBot(
                widget.owner,
                "Sales",
                new BotSettings(
                        null,
                        null,
                        null,
                        null,
                        List.of(SHOP),
                        new LeadForm(true, List.of("name", "email")),
                        null,
                        null,
                        null,
                        false));
        // when
        capture.capture(lead(bot, Optional.empty(), "grace@example.com"));
        // then
        assertThatThrownBy(() -> capture.capture(lead(bot, Optional.empty(), "<script>@x")))
                .isInstanceOf(ValidationException.class);
        assertThat(find.leads(widget.owner, bot.id(), 10)).hasSize(1);
    }

    @Test
    void should_show_leads_to_owners_only_and_hide_another_tenants_bot() {
        // given
        Bot bot = widget.shopBot();
        Bot foreign = widget.cairn.newBot(widget.cairn.newOwner("other@example.com"), "Theirs");
        // when / then
        assertThatThrownBy(() -> find.leads(widget.cairn.viewerIn(widget.owner), bot.id(), 10))
                .isInstanceOf(ForbiddenException.class);
        assertThat(find.feedback(widget.cairn.viewerIn(widget.owner), bot.id(), 10))
                .isEmpty();
        assertThatThrownBy(() -> find.feedback(widget.owner, foreign.id(), 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> find.leads(widget.owner, foreign.id(), 10)).isInstanceOf(NotFoundException.class);
    }

    private AnswerResult ask(Bot bot) {
        String address = "203.0.113." + visitors.incrementAndGet();
        return widget.cairn.ask.ask(
                widget.admit.admit(question(bot, address, Optional.empty())), AnswerListener.ignoring());
    }

    private MessageId questionIdOf(AnswerResult answer) {
        return widget.cairn.messages.listByConversation(widget.owner.organizationId(), answer.conversationId()).stream()
                .filter(m -> !m.id().equals(answer.messageId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** Each from its own address: the fixture's visitor limit is three a minute. */
    private VisitorFeedback feedback(Bot bot, ConversationId conversation, MessageId message, Rating rating) {
        String address = "198.51.100." + visitors.incrementAndGet();
        return new VisitorFeedback(visit(bot, SHOP, address), ANONYMOUS, conversation, message, rating);
    }

    private static VisitorLead lead(Bot bot, Optional<ConversationId> conversation, String email) {
        return new VisitorLead(visit(bot, SHOP, "198.51.100.1"), ANONYMOUS, conversation, "Ada", email);
    }
}
