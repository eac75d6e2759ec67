package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgeTokenCounterTest {

    private static final BgeTokenCounter counter = BgeTokenCounter.load();
    private static final String[] WORDS = {
        "the",
        "password",
        "Reset",
        "unaffable",
        "tokenization",
        "Zürich",
        "naïve",
        "café",
        "CAFÉ",
        "don't",
        "e-mail",
        "U.S.A.",
        "3.14159",
        "x86_64",
        "hello",
        "World",
        "internationalisation",
        "Ørsted",
        "Æsir",
        "straße",
        "µs",
        "½",
        "©2024",
        "»quoted«",
        "¿qué?",
        "¡olé!",
        "—",
        "–",
        "“smart”",
        "‘single’",
        "…",
        "•",
        "†",
        "‡",
        "‧"
    };

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "hello world|2",
                "Hello, World!|4",
                "don't stop|4",
                "naïve café|2",
                "\"   \"|0",
                "x[CLS]y|3",
            })
    void should_count_wordpieces_without_special_tokens_when_text_is_given(String text, int expected) {
        // when
        int count = counter.count(text);

        // then
        assertThat(count).isEqualTo(expected);
    }

    @Test
    void should_count_a_word_longer_than_100_characters_as_one_unknown_token_when_it_has_no_punctuation() {
        // given
        String word = "a".repeat(101);

        // when / then
        assertThat(counter.count(word)).isEqualTo(1);
        assertThat(counter.count("a".repeat(100))).isGreaterThan(1);
    }

    @Test
    void should_count_every_supported_character_as_the_native_tokenizer_does_when_alone_or_inside_words() {
        // given
        List<String> texts = new ArrayList<>();
        for (char c = 0; c <= '\u2027'; c = c == 0xFF ? '\u2010' : (char) (c + 1)) {
            texts.addAll(List.of(String.valueOf(c), "ab" + c + "cd", "Dé" + c, c + "word " + c + c));
        }

        // when / then
        for (String text : texts) {
            assertThat(counter.countLatin(text)).as("%s", codePoints(text)).isEqualTo(counter.countNative(text));
        }
    }

    @Test
    void should_agree_with_the_native_tokenizer_when_latin_text_is_random() {
        // given
        Random random = new Random(20240611);

        for (int i = 0; i < 3000; i++) {
            String text = randomLatinText(random);

            // when
            int latin = counter.countLatin(text);

            // then
            assertThat(latin).as("%s", codePoints(text)).isEqualTo(counter.countNative(text));
        }
    }

    @Test
    void should_fall_back_to_the_native_tokenizer_when_text_is_not_latin() {
        // given
        List<String> texts = List.of("Привет, мир", "東京タワー", "emoji 😀 here", "e\u0301clair", "x[SEP]", "\u200Bzero");

        for (String text : texts) {
            // when / then
            assertThat(counter.countLatin(text)).as(text).isEqualTo(-1);
            assertThat(counter.count(text)).as(text).isEqualTo(counter.countNative(text));
        }
    }

    private static String randomLatinText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(40);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> text.append(WORDS[random.nextInt(WORDS.length)]);
                case 2 -> text.append(randomChars(random, 1 + random.nextInt(12), 'a', 'z'));
                case 3 -> text.append(randomChars(random, 1 + random.nextInt(4), '\u0000', '\u00FF'));
                case 4 -> text.append(randomChars(random, 1 + random.nextInt(3), '\u2010', '\u2027'));
                default -> text.append(randomChars(random, 95 + random.nextInt(10), 'a', 'f'));
            }
            text.append(" \t\n\u00A0".charAt(random.nextInt(4)));
        }
        return text.toString();
    }

    private static String randomChars(Random random, int n, char from, char to) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) (from + random.nextInt(to - from + 1)));
        }
        return out.toString();
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList();
    }
}
