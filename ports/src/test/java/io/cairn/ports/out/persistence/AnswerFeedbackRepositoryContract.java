package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.domain.widget.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AnswerFeedbackRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class AnswerFeedbackRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final BotId bot = BotId.random();
    private AnswerFeedbackRepository feedback;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract AnswerFeedbackRepository newRepository();

    @BeforeEach
    void createRepository() {
        feedback = newRepository();
    }

    @Test
    void should_keep_only_the_latest_rating_when_a_message_is_rated_twice() {
        // given
        MessageId message = MessageId.random();
        ConversationId conversation = ConversationId.random();
        feedback.save(new AnswerFeedback(message, orgA, bot, conversation, Rating.UP, at(1)));
        // when
        AnswerFeedback changed = new AnswerFeedback(message, orgA, bot, conversation, Rating.DOWN, at(2));
        feedback.save(changed);
        // then
        assertThat(feedback.latestByBot(orgA, bot, 10)).containsExactly(changed);
    }

    @Test
    void should_list_newest_first_within_the_limit_and_never_another_tenants_rows() {
        // given
        AnswerFeedback older = rating(orgA, 1);
        AnswerFeedback newer = rating(orgA, 2);
        AnswerFeedback newest = rating(orgA, 3);
        feedback.save(older);
        feedback.save(newest);
        feedback.save(newer);
        feedback.save(rating(orgB, 4));
        // when / then
        assertThat(feedback.latestByBot(orgA, bot, 2)).containsExactly(newest, newer);
        assertThat(feedback.latestByBot(orgB, bot, 10)).hasSize(1);
    }

    private AnswerFeedback rating(OrganizationId org, int second) {
        return new AnswerFeedback(MessageId.random(), org, bot, ConversationId.random(), Rating.UP, at(second));
    }
}
