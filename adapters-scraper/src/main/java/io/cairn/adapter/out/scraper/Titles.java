package io.cairn.adapter.out.scraper;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Title rules shared by the extractors: meaningful metadata first, then text, then the file name. */
final class Titles {

    private static final int MAX_LENGTH = 200;
    private static final Set<String> PLACEHOLDERS =
            Set.of("untitled", "untitled document", "document", "document1", "title", "no title", "slide 1", "page 1");
    private static final Pattern FILE_LIKE = Pattern.compile("(?i).*\\.(pdf|docx?|rtf|txt|md|html?|odt|tmp)$");
    private static final Pattern GENERATOR_PREFIX = Pattern.compile("(?i)^microsoft (word|powerpoint) - ");

    private Titles() {}

    /** A metadata title, unless it is a placeholder or just the name of some file. */
    static Optional<String> meaningful(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String title =
                GENERATOR_PREFIX.matcher(candidate.strip()).replaceFirst("").strip();
        boolean useless = title.isEmpty()
                || PLACEHOLDERS.contains(title.toLowerCase(Locale.ROOT))
                || FILE_LIKE.matcher(title).matches()
                || title.chars().noneMatch(Character::isLetterOrDigit);
        return useless ? Optional.empty() : Optional.of(shortened(title));
    }

    static Optional<String> firstLine(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .map(Titles::shortened);
    }

    /** {@code reports/Q3 plan.final.pdf} gives {@code Q3 plan.final}; the name is only ever a label. */
    static String fromFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return shortened(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String shortened(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_LENGTH
                ? oneLine
                : oneLine.substring(0, MAX_LENGTH).strip() + "…";
    }
}
