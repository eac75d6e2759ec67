package io.cairn.usecase.widget;

import static io.cairn.usecase.widget.WidgetFixture.SHOP;
import static io.cairn.usecase.widget.WidgetFixture.question;
import static io.cairn.usecase.widget.WidgetFixture.signedQuestion;
import static io.cairn.usecase.widget.WidgetFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.error.NotFoundException;
import io.cairn.domain.error.RateLimitedException;
import io.cairn.domain.error.UnauthorizedException;
import io.cairn.ports.fakes.FakeVisitorSignatures;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.widget.VisitorQuestion;
import io.cairn.ports.in.widget.WidgetConfig;
import io.cairn.ports.in.widget.WidgetVisit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetServicesTest {

    private final WidgetFixture widget = new WidgetFixture();

    @Test
    void should_give_the_public_face_of_the_bot_when_the_origin_is_allowed() {
        // given
        Bot bot = widget.botAllowing(List.of(SHOP), true);
        // when
        WidgetConfig config = widget.readConfig.read(visit(bot, SHOP, "198.51.100.1"));
        // then
        assertThat(config.name()).isEqualTo("Shop helper");
        assertThat(config.welcomeMessage()).isEqualTo("Welcome to the shop!");
        assertThat(config.suggestedQuestions()).containsExactly("Where is my order?");
        assertThat(config.identityRequired()).isTrue();
    }

    @Test
    void should_refuse_every_origin_when_the_allow_list_is_empty() {
        // given
        Bot bot = widget.botAllowing(List.of(), false);
        // when / then
        assertThatThrownBy(() -> widget.readConfig.read(visit(bot, SHOP, "198.51.100.1")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> widget.allowOrigin.allow(bot.publicKey(), Optional.of(SHOP)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void should_refuse_when_the_origin_is_missing_or_foreign() {
        // given
        Bot bot = widget.shopBot();
        // when / then
        for (String origin : new String[] {null, "https://evil.example", "http://shop.example", "null"}) {
            assertThatThrownBy(() -> widget.admit.admit(new VisitorQuestion(
                            visit(bot, origin, "198.51.100.1"),
                            "Hello?",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())))
                    .as("origin %s", origin)
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void should_echo_the_origin_when_it_is_on_the_list() {
        // given
        Bot bot = widget.shopBot();
        // when
        String allowed = widget.allowOrigin.allow(bot.publicKey(), Optional.of(SHOP));
        // then
        assertThat(allowed).isEqualTo(SHOP);
    }

    @Test
    void should_not_find_the_bot_when_the_publishable_key_is_unknown() {
        // when / then
        assertThatThrownBy(() ->
                        widget.readConfig.read(new WidgetVisit(Bot.newPublicKey(), Optional.of(SHOP), "198.51.100.1")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_ask_as_the_bots_organization_in_a_new_conversation_when_a_visitor_writes_first() {
        // given
        Bot bot = widget.shopBot();
        // when
        AskQuestionCommand command = widget.admit.admit(question(bot, "198.51.100.1", Optional.empty()));
        // then
        assertThat(command.organizationId()).isEqualTo(bot.organizationId());
        assertThat(command.botId()).isEqualTo(bot.id());
        assertThat(command.conversationId()).isPresent();
        var answer = widget.cairn.ask.ask(command, AnswerListener.ignoring());
        assertThat(answer.conversationId()).isEqualTo(command.conversationId().get());
    }

    @Test
    void should_continue_the_conversation_when_the_visitor_sends_its_id_back() {
        // given
        Bot bot = widget.shopBot();
        ConversationId first = widget.admit
                .admit(question(bot, "198.51.100.1", Optional.empty()))
                .conversationId()
                .orElseThrow();
        // when
        AskQuestionCommand next = widget.admit.admit(question(bot, "198.51.100.1", Optional.of(first)));
        // then
        assertThat(next.conversationId()).contains(first);
    }

    @Test
    void should_not_find_a_conversation_of_another_bot() {
        // given
        Bot bot = widget.shopBot();
        Bot other = widget.shopBot();
        ConversationId foreign = widget.admit
                .admit(question(other, "198.51.100.1", Optional.empty()))
                .conversationId()
                .orElseThrow();
        // when / then
        assertThatThrownBy(() -> widget.admit.admit(question(bot, "198.51.100.1", Optional.of(foreign))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_refuse_a_missing_or_wrong_signature_when_the_bot_verifies_identities() {
        // given
        Bot bot = widget.botAllowing(List.of(SHOP), true);
        String forged = FakeVisitorSignatures.sign(widget.shopBot().identitySecret(), "customer-42");
        // when / then
        assertThatThrownBy(() -> widget.admit.admit(signedQuestion(bot, null, null, Optional.empty())))
                .isInstanceOf(UnauthorizedException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_visitor_identity");
        assertThatThrownBy(() -> widget.admit.admit(signedQuestion(bot, "customer-42", null, Optional.empty())))
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> widget.admit.admit(signedQuestion(bot, "customer-42", forged, Optional.empty())))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void should_tag_the_conversation_with_the_user_id_when_the_signature_is_right() {
        // given
        Bot bot = widget.botAllowing(List.of(SHOP), true);
        String signature = FakeVisitorSignatures.sign(bot.identitySecret(), "customer-42");
        // when
        ConversationId id = widget.admit
                .admit(signedQuestion(bot, "customer-42", signature, Optional.empty()))
                .conversationId()
                .orElseThrow();
        // then
        assertThat(widget.cairn.conversations.findById(bot.organizationId(), id))
                .hasValueSatisfying(c -> assertThat(c.visitorUserId()).contains("customer-42"));
    }

    @Test
    void should_not_let_another_verified_visitor_continue_a_verified_conversation() {
        // given
        Bot bot = widget.botAllowing(List.of(SHOP), true);
        ConversationId mine = widget.admit
                .admit(signedQuestion(
                        bot,
                        "customer-42",
                        FakeVisitorSignatures.sign(bot.identitySecret(), "customer-42"),
                        Optional.empty()))
                .conversationId()
                .orElseThrow();
        String otherSignature = FakeVisitorSignatures.sign(bot.identitySecret(), "customer-43");
        // when / then
        assertThatThrownBy(
                        () -> widget.admit.admit(signedQuestion(bot, "customer-43", otherSignature, Optional.of(mine))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_ignore_an_unsigned_user_id_when_the_bot_does_not_verify_identities() {
        // given
        Bot bot = widget.shopBot();
        // when
        ConversationId id = widget.admit
                .admit(signedQuestion(bot, "claimed-admin", "anything", Optional.empty()))
                .conversationId()
                .orElseThrow();
        // then
        assertThat(widget.cairn.conversations.findById(bot.organizationId(), id))
                .hasValueSatisfying(c -> assertThat(c.visitorUserId()).isEmpty());
    }

    @Test
    void should_refuse_a_flooding_visitor_with_a_wait_while_other_visitors_still_get_in() {
        // given: three messages a minute per visitor
        Bot bot = widget.shopBot();
        for (int i = 0; i < 3; i++) {
            widget.admit.admit(question(bot, "198.51.100.1", Optional.empty()));
        }
        // when / then
        assertThatThrownBy(() -> widget.admit.admit(question(bot, "198.51.100.1", Optional.empty())))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 20L);
                    assertThat(e.getMessage()).contains("visitor");
                });
        assertThat(widget.admit
                        .admit(question(bot, "198.51.100.2", Optional.empty()))
                        .botId())
                .isEqualTo(bot.id());
    }

    @Test
    void should_refuse_everyone_when_the_bot_limit_is_reached() {
        // given: five messages a minute per bot, spread over visitors
        Bot bot = widget.shopBot();
        for (int i = 0; i < 5; i++) {
            widget.admit.admit(question(bot, "198.51.100." + i, Optional.empty()));
        }
        // when / then
        assertThatThrownBy(() -> widget.admit.admit(question(bot, "198.51.100.99", Optional.empty())))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.getMessage())
                        .contains("bot"));
    }

    @Test
    void should_refuse_every_bot_of_the_organization_when_its_limit_is_reached() {
        // given: eight messages an hour per organization, spread over two bots
        Bot first = widget.shopBot();
        Bot second = widget.shopBot();
        for (int i = 0; i < 4; i++) {
            widget.admit.admit(question(first, "198.51.100." + i, Optional.empty()));
            widget.admit.admit(question(second, "198.51.100." + i, Optional.empty()));
        }
        Bot third = widget.shopBot();
        // when / then
        assertThatThrownBy(() -> widget.admit.admit(question(third, "198.51.100.99", Optional.empty())))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.getMessage())
                        .contains("organization"));
    }

    @Test
    void should_count_a_verified_visitor_by_user_id_rather_than_address() {
        // given
        Bot bot = widget.botAllowing(List.of(SHOP), true);
        String signature = FakeVisitorSignatures.sign(bot.identitySecret(), "customer-42");
        for (int i = 0; i < 3; i++) {
            widget.admit.admit(signedQuestion(bot, "customer-42", signature, Optional.empty()));
        }
        // when / then: same user from a new address is still the same visitor
        assertThatThrownBy(() -> widget.admit.admit(new VisitorQuestion(
                        visit(bot, SHOP, "192.0.2.200"),
                        "Hi",
                        Optional.empty(),
                        Optional.of("customer-42"),
                        Optional.of(signature))))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void should_limit_a_member_on_the_private_chat_the_same_way() {
        // given
        Bot bot = widget.shopBot();
        for (int i = 0; i < 3; i++) {
            widget.admitMember.admit(widget.owner, bot.id(), "198.51.100.1");
        }
        // when / then
        assertThatThrownBy(() -> widget.admitMember.admit(widget.owner, bot.id(), "198.51.100.2"))
                .isInstanceOf(RateLimitedException.class);
    }
}
