package io.cairn.domain.billing;

import java.util.Locale;

/**
 * What a plan limits. Message credits are a flow, counted per billing period; the others are stock, what the
 * organization holds right now (bots, indexed pages, members, stored bytes).
 */
public enum UsageMetric {
    MESSAGES("message credits"),
    BOTS("bots"),
    PAGES("indexed pages"),
    MEMBERS("members"),
    STORAGE("bytes of file storage");

    private final String label;

    UsageMetric(String label) {
        this.label = label;
    }

    /** The metric's name in APIs and events, for example {@code messages}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stable error code of a blocked action, for example {@code plan_limit_messages}. */
    public String limitCode() {
        return "plan_limit_" + code();
    }

    /** What is counted, in words, for messages to people. */
    public String label() {
        return label;
    }

    /** Whether usage starts from zero each billing period (only message credits do). */
    public boolean monthly() {
        return this == MESSAGES;
    }
}
