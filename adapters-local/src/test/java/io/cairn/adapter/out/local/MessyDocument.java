package io.cairn.adapter.out.local;

import java.util.Random;

/** A long, messy document of the kind crawls produce, to test chunking against the model's real tokenizer. */
final class MessyDocument {

    private static final String[] VOCABULARY =
            ("customer account password billing invoice export workspace settings integration webhook "
                            + "retry timeout latency request response server client cache index search query "
                            + "embedding chunk answer question source crawl sync schedule error network team plan "
                            + "upgrade feature support document page link email admin role permission audit")
                    .split(" ");

    private MessyDocument() {}

    /** About 4,400 words: prose, two 3,000-character words, run-on sentences, and non-Latin text. */
    static String text() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append(HelpCentre.PASSWORD_RESET).append("\n\n");
            text.append("“Curly quotes”, naïve café prices — and an ellipsis… all appear in real pages. ");
            text.append(HelpCentre.BILLING)
                    .append('\n')
                    .append(HelpCentre.EXPORT)
                    .append("\n\n");
        }
        text.append("Here comes a giant word: ").append(letters(3000)).append(" and then the prose goes on.\n\n");
        text.append("A pasted URL ").append(url(3000)).append(" ends this paragraph.\n\n");
        text.append(runOn(random, 1800)).append("\n\n");
        text.append("Привет, мир! Это абзац на русском языке, чтобы проверить токенизатор. 東京タワーは高い。\n\n");
        text.append(runOn(random, 1500)).append(".\n\n");
        text.append(HelpCentre.EXPORT);
        return text.toString();
    }

    static String letters(int length) {
        StringBuilder word = new StringBuilder();
        while (word.length() < length) {
            word.append("Supercalifragilisticexpialidocious");
        }
        return word.substring(0, length);
    }

    static String url(int length) {
        StringBuilder url = new StringBuilder("https://example.com/search?");
        for (int i = 0; url.length() < length; i++) {
            url.append("q").append(i).append("=token-").append(i * 7).append("&");
        }
        return url.substring(0, length);
    }

    private static String runOn(Random random, int words) {
        StringBuilder sentence = new StringBuilder("and so");
        for (int i = 0; i < words; i++) {
            sentence.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return sentence.toString();
    }
}
