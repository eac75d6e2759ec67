package io.cairn.ports.in.chat;

/** Use case: answer a question from the bot's knowledge, streaming the answer and citing its passages. */
public interface AskQuestionUseCase {

    AnswerResult ask(AskQuestionCommand command, AnswerListener listener);
}
