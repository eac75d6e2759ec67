package io.cairn.adapter.out.local;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises "what is X?" questions and the sentences that define X ("X is …"). Embeddings know nothing about a
 * customer's own product names, so for such questions the defining sentence needs this nudge to win.
 */
final class DefinitionCue {

    private static final Pattern QUESTION = Pattern.compile(
            "^\\s*(?:what|who)\\s+(?:is|are|was|were)\\s+(?:an?\\s+|the\\s+)?(.{1,80}?)\\s*\\??\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final Optional<Pattern> definition;

    DefinitionCue(String question) {
        Matcher m = QUESTION.matcher(question);
        this.definition = m.matches()
                ? Optional.of(Pattern.compile("^(?:an?\\s+|the\\s+)?"
                        + Pattern.quote(m.group(1).toLowerCase(Locale.ROOT)) + "\\s+(?:is|are|was|were)\\b"))
                : Optional.empty();
    }

    boolean defines(String sentence) {
        return definition
                .map(p -> p.matcher(sentence.strip().toLowerCase(Locale.ROOT)).find())
                .orElse(false);
    }
}
