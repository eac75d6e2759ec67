package io.cairn.ports.in.widget;

/**
 * Use case: a widget visitor rates an answer of their own conversation, from an allowed origin and within the
 * visitor's rate limit. A message of another conversation, bot or visitor is not found.
 */
public interface RateAnswerUseCase {

    void rate(VisitorFeedback feedback);
}
