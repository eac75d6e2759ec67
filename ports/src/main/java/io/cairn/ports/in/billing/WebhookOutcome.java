package io.cairn.ports.in.billing;

import java.util.Locale;

/** What a verified webhook did: every outcome is a success for the provider, which then stops redelivering. */
public enum WebhookOutcome {
    /** The subscription's new state was stored and the organization's plan follows it. */
    APPLIED,
    /** This event id was handled before: nothing happens twice. */
    DUPLICATE,
    /** A newer event for the same subscription was applied already; this one is recorded only. */
    OUTDATED,
    /** An event type Cairn does not act on. */
    IGNORED,
    /** The subscription names no known organization, or no plan Cairn sells; recorded only. */
    UNMATCHED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
