package io.cairn.usecase.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.Conversation;
import io.cairn.domain.chat.Message;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.ports.fakes.FakeLlm;
import io.cairn.ports.out.llm.LlmMessage;
import io.cairn.ports.out.persistence.PersistenceFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {

    private final OrganizationId org = OrganizationId.random();
    private final Bot bot = PersistenceFixture.anyBot(org, 1);
    private final Conversation conversation = PersistenceFixture.anyConversation(org, bot.id(), 1);
    private final FakeLlm model = new FakeLlm();

    @Test
    void should_keep_only_the_newest_turns_that_fit_the_token_budget_when_the_conversation_is_long() {
        // given: five turns of 300 tokens each, 1,500 in all, against a budget of 1,000
        List<Message> history = new ArrayList<>();
        for (int turn = 1; turn <= 5; turn++) {
            history.add(PersistenceFixture.question(conversation, ("turn" + turn + " ").repeat(300), turn));
        }
        // when
        List<LlmMessage> prompt = PromptBuilder.build(bot, List.of(), history, "And now?", model::countTokens);
        // then: system, the three newest turns in order, the question
        assertThat(prompt).hasSize(5);
        assertThat(prompt.get(1).content()).startsWith("turn3");
        assertThat(prompt.get(3).content()).startsWith("turn5");
        assertThat(prompt.get(4)).isEqualTo(new LlmMessage("user", "And now?"));
        int historyTokens = prompt.subList(1, 4).stream()
                .mapToInt(m -> model.countTokens(m.content()))
                .sum();
        assertThat(historyTokens).isLessThanOrEqualTo(PromptBuilder.HISTORY_TOKEN_BUDGET);
    }

    @Test
    void should_keep_every_turn_when_the_conversation_fits_the_budget() {
        // given
        List<Message> history = List.of(
                PersistenceFixture.question(conversation, "When do you open?", 1),
                PersistenceFixture.question(conversation, "And on Sundays?", 2));
        // when
        List<LlmMessage> prompt = PromptBuilder.build(bot, List.of(), history, "Thanks!", model::countTokens);
        // then
        assertThat(prompt).extracting(LlmMessage::content).contains("When do you open?", "And on Sundays?");
    }
}
