package io.cairn.ports.in.widget;

import io.cairn.ports.in.chat.AskQuestionCommand;

/**
 * Use case: admit an anonymous widget visitor's question to the bot its publishable key names. Checks the key,
 * the origin, the signed identity (when the bot requires one) and the rate limits, opens or starts the visitor's
 * conversation, and hands back the question to answer as the bot's organization, with no member's privileges.
 */
public interface AdmitVisitorQuestionUseCase {

    AskQuestionCommand admit(VisitorQuestion question);
}
