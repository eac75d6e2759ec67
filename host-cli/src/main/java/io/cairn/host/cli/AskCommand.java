package io.cairn.host.cli;

import io.cairn.domain.answer.Citation;
import io.cairn.domain.bot.Bot;
import io.cairn.domain.chat.ConversationId;
import io.cairn.domain.chat.MessageId;
import io.cairn.ports.in.chat.AnswerListener;
import io.cairn.ports.in.chat.AnswerResult;
import io.cairn.ports.in.chat.AskQuestionCommand;
import io.cairn.ports.in.chat.AskQuestionUseCase;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn ask --bot ID "question"}: streams the answer, then lists its citations. */
@Prototype
@Command(name = "ask", description = "Ask a bot a question, as a visitor would.")
final class AskCommand implements Callable<Integer> {

    private final Operator operator;
    private final AskQuestionUseCase ask;

    @Option(names = "--bot", required = true, description = "Bot id")
    String botId;

    @Parameters(index = "0", paramLabel = "QUESTION")
    String question;

    AskCommand(Operator operator, AskQuestionUseCase ask) {
        this.operator = operator;
        this.ask = ask;
    }

    @Override
    public Integer call() {
        Bot bot = operator.bot(botId);
        AnswerResult result = ask.ask(
                new AskQuestionCommand(bot.organizationId(), bot.id(), question, Optional.empty()), new Printer());
        System.out.println();
        for (Citation c : result.citations()) {
            System.out.printf(
                    "[%d] %s%s — %s%n", c.n(), c.title(), c.url().isEmpty() ? "" : " (" + c.url() + ")", c.snippet());
        }
        System.out.printf("answered=%s mode=%s%n", result.answered(), result.mode());
        return 0;
    }

    private static final class Printer implements AnswerListener {
        @Override
        public void onStarted(ConversationId conversation, MessageId message) {}

        @Override
        public void onToken(String text) {
            System.out.print(text);
            System.out.flush();
        }

        @Override
        public void onCitations(List<Citation> citations) {}
    }
}
