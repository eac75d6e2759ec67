package io.cairn.ports.in.widget;

/**
 * Use case: a widget visitor leaves a name and an e-mail for the bot's owner, when the bot's lead form is on or
 * after the bot could not answer them.
 */
public interface CaptureLeadUseCase {

    void capture(VisitorLead lead);
}
