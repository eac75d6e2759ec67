package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.answer;
import static io.cairn.ports.out.persistence.PersistenceFixture.anyCitation;
import static io.cairn.ports.out.persistence.PersistenceFixture.anyConversation;
import static io.cairn.ports.out.persistence.PersistenceFixture.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.Message;
import io.cairn.domain.chat.MessageRole;
import io.cairn.domain.tenant.OrganizationId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link MessageRepository} shares: the in-memory fake and each database adapter extend it. */
public abstract class MessageRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private final Conversation conversation = anyConversation(orgA, BotId.random(), 0);
    private MessageRepository messages;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract MessageRepository newRepository();

    @BeforeEach
    void createRepository() {
        messages = newRepository();
    }

    @Test
    void should_keep_citations_usage_and_flags_when_assistant_message_is_saved() {
        // given
        Message answer = answer(conversation, "Sure [1][2].", 2, List.of(anyCitation(1), anyCitation(2)));
        // when
        messages.save(answer);
        // then
        assertThat(messages.listByConversation(orgA, conversation.id())).containsExactly(answer);
    }

    @Test
    void should_list_messages_oldest_first_when_saved_out_of_order() {
        // given
        Message first = question(conversation, "Hi?", 1);
        Message second = answer(conversation, "Hello.", 2, List.of());
        Message third = question(conversation, "Bye?", 3);
        messages.save(third);
        messages.save(first);
        messages.save(second);
        messages.save(question(anyConversation(orgA, conversation.botId(), 0), "elsewhere", 0));
        // when
        List<Message> listed = messages.listByConversation(orgA, conversation.id());
        // then
        assertThat(listed).containsExactly(first, second, third);
    }

    @Test
    void should_list_messages_in_saved_order_when_they_share_an_instant() {
        // given
        Message asked = question(conversation, "Quick?", 1);
        Message answered = answer(conversation, "Quick.", 1, List.of());
        messages.save(asked);
        messages.save(answered);
        // when
        List<Message> listed = messages.listByConversation(orgA, conversation.id());
        // then
        assertThat(listed).extracting(Message::role).containsExactly(MessageRole.USER, MessageRole.ASSISTANT);
    }

    @Test
    void should_replace_message_in_place_when_saved_again() {
        // given
        Message first = question(conversation, "Hi?", 1);
        Message partial = answer(conversation, "Hel", 2, List.of());
        Message third = question(conversation, "Bye?", 3);
        messages.save(first);
        messages.save(partial);
        messages.save(third);
        Message complete = new Message(
                partial.id(),
                partial.conversationId(),
                partial.organizationId(),
                partial.role(),
                "Hello, with a citation [1].",
                List.of(anyCitation(1)),
                false,
                "extractive",
                partial.usage(),
                true,
                partial.createdAt());
        // when
        messages.save(complete);
        // then
        assertThat(messages.listByConversation(orgA, conversation.id())).containsExactly(first, complete, third);
    }

    @Test
    void should_list_nothing_when_conversation_belongs_to_another_tenant() {
        // given
        messages.save(question(conversation, "Secret?", 1));
        // when
        List<Message> listed = messages.listByConversation(orgB, conversation.id());
        // then
        assertThat(listed).isEmpty();
    }

    @Test
    void should_refuse_to_move_message_when_another_tenant_saves_the_same_id() {
        // given
        Message asked = question(conversation, "Mine?", 1);
        messages.save(asked);
        Conversation foreign = anyConversation(orgB, BotId.random(), 0);
        Message hijack = new Message(
                asked.id(),
                foreign.id(),
                orgB,
                MessageRole.USER,
                "Hijack",
                List.of(),
                true,
                "",
                null,
                false,
                asked.createdAt());
        // when / then
        assertThatThrownBy(() -> messages.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(messages.listByConversation(orgA, conversation.id())).containsExactly(asked);
        assertThat(messages.listByConversation(orgB, foreign.id())).isEmpty();
    }
}
