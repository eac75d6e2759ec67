package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.anyConversation;
import static io.cairn.ports.out.persistence.PersistenceFixture.verifiedConversation;
import static io.cairn.ports.out.persistence.PersistenceFixture.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.common.PageRequest;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConversationRepository} shares: the fake and each database adapter extend it. */
public abstract class ConversationRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final BotId bot = BotId.random();
    private ConversationRepository conversations;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract ConversationRepository newRepository();

    @BeforeEach
    void createRepository() {
        conversations = newRepository();
    }

    @Test
    void should_find_conversation_when_saved() {
        // given
        Conversation conversation = anyConversation(orgA, bot, 1);
        // when
        conversations.save(conversation);
        conversations.save(conversation);
        // then
        assertThat(conversations.findById(orgA, conversation.id())).contains(conversation);
        assertThat(conversations.listByBot(orgA, bot, PageRequest.first(10)).items())
                .containsExactly(conversation);
    }

    @Test
    void should_keep_the_verified_visitor_when_saved() {
        // given
        Conversation conversation = verifiedConversation(orgA, bot, "customer-42", 1);
        // when
        conversations.save(conversation);
        // then
        assertThat(conversations.findById(orgA, conversation.id()))
                .map(Conversation::visitorUserId)
                .contains(Optional.of("customer-42"));
    }

    @Test
    void should_find_nothing_when_conversation_belongs_to_another_tenant() {
        // given
        Conversation conversation = anyConversation(orgB, bot, 1);
        conversations.save(conversation);
        // when / then
        assertThat(conversations.findById(orgA, conversation.id())).isEmpty();
        assertThat(conversations.findById(orgB, ConversationId.random())).isEmpty();
        assertThat(conversations.listByBot(orgA, bot, PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void should_refuse_to_move_conversation_when_another_tenant_saves_the_same_id() {
        // given
        Conversation conversation = anyConversation(orgA, bot, 1);
        conversations.save(conversation);
        Conversation hijack = new Conversation(conversation.id(), orgB, BotId.random(), conversation.createdAt());
        // when / then
        assertThatThrownBy(() -> conversations.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(conversations.findById(orgA, conversation.id())).contains(conversation);
        assertThat(conversations.findById(orgB, conversation.id())).isEmpty();
    }

    @Test
    void should_walk_conversations_of_one_bot_once_newest_first_when_following_cursors() {
        // given
        List<Conversation> saved = List.of(
                anyConversation(orgA, bot, 3),
                anyConversation(orgA, bot, 1),
                anyConversation(orgA, bot, 5),
                anyConversation(orgA, bot, 2),
                anyConversation(orgA, bot, 4));
        saved.forEach(conversations::save);
        conversations.save(anyConversation(orgA, BotId.random(), 9));
        conversations.save(anyConversation(orgB, bot, 9));
        // when
        List<Conversation> walked = walk(2, page -> conversations.listByBot(orgA, bot, page));
        // then
        assertThat(walked).containsExactly(saved.get(2), saved.get(4), saved.get(0), saved.get(3), saved.get(1));
    }
}
