package io.cairn.adapter.out.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.answer.Passage;
import io.cairn.ports.out.answer.ExtractedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalExtractiveAnswerAdapterTest {

    private final LocalExtractiveAnswerAdapter extractor = new LocalExtractiveAnswerAdapter(LocalModels.embedding());
    private final List<Passage> passages =
            HelpCentre.passages(HelpCentre.BILLING, HelpCentre.PASSWORD_RESET, HelpCentre.EXPORT);

    @Test
    void should_quote_the_password_passage_verbatim_when_asked_how_to_reset_a_password() {
        // when
        List<ExtractedSentence> sentences = extractor.extract("How do I reset my password?", passages);

        // then
        assertThat(sentences).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(sentences.get(0).passageNumber()).isEqualTo(2);
        assertThat(sentences.get(0).text()).startsWith("To reset your password, open the sign-in page");
        assertThat(sentences)
                .allSatisfy(s -> assertThat(textOf(s.passageNumber())).contains(s.text()));
    }

    @Test
    void should_return_sentences_in_reading_order_with_their_scores_when_several_qualify() {
        // when
        List<ExtractedSentence> sentences =
                extractor.extract("How do I export my conversations and how are large exports delivered?", passages);

        // then
        assertThat(sentences).isNotEmpty().allSatisfy(s -> {
            assertThat(s.passageNumber()).isEqualTo(3);
            assertThat(HelpCentre.EXPORT).contains(s.text());
            assertThat(s.score()).isGreaterThanOrEqualTo(0.6);
        });
        assertThat(sentences)
                .extracting(s -> HelpCentre.EXPORT.indexOf(s.text()))
                .isSorted();
    }

    @Test
    void should_quote_the_original_text_when_a_sentence_spans_a_line_break() {
        // given
        String wrapped = "Our office is closed on public holidays.\nTo reach support at night, email\n"
                + "night-desk@example.com and   someone will answer within an hour.";

        // when
        List<ExtractedSentence> sentences = extractor.extract(
                "How can I reach support at night?", HelpCentre.passages(HelpCentre.BILLING, wrapped));

        // then
        assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(List.of(HelpCentre.BILLING, wrapped))
                .anySatisfy(passage -> assertThat(passage).contains(s.text())));
        assertThat(sentences).extracting(ExtractedSentence::text).anySatisfy(text -> assertThat(text)
                .contains("night-desk@example.com and   someone"));
    }

    @Test
    void should_quote_a_sentence_once_when_overlapping_passages_repeat_it() {
        // given
        String shared = "To reset your password, open the sign-in page and click \"Forgot password\".";
        List<Passage> overlapping = HelpCentre.passages(
                "Accounts belong to one workspace at a time. " + shared,
                shared + " The reset link expires after 30 minutes.");

        // when
        List<ExtractedSentence> sentences = extractor.extract("How do I reset my password?", overlapping);

        // then
        assertThat(sentences).extracting(ExtractedSentence::text).containsOnlyOnce(shared);
        assertThat(sentences)
                .filteredOn(s -> s.text().equals(shared))
                .singleElement()
                .satisfies(s -> assertThat(s.passageNumber()).isEqualTo(1));
    }

    @Test
    void should_return_nothing_or_only_weak_verbatim_sentences_when_the_question_is_unrelated() {
        // when
        List<ExtractedSentence> sentences = extractor.extract("What is the capital of Mongolia?", passages);

        // then
        assertThat(sentences).allSatisfy(s -> {
            assertThat(textOf(s.passageNumber())).contains(s.text());
            assertThat(s.score()).isLessThan(0.7);
        });
    }

    @Test
    void should_skip_fragments_and_overlong_sentences_when_choosing_candidates() {
        // given
        String overlong = "This sentence keeps going " + "and going ".repeat(40) + "about password resets.";
        List<Passage> odd = HelpCentre.passages("Password reset.", overlong);

        // when
        List<ExtractedSentence> sentences = extractor.extract("How do I reset my password?", odd);

        // then
        assertThat(sentences).isEmpty();
    }

    @Test
    void should_return_nothing_when_there_are_no_passages() {
        // when / then
        assertThat(extractor.extract("How do I reset my password?", List.of())).isEmpty();
    }

    private String textOf(int passageNumber) {
        return passages.get(passageNumber - 1).text();
    }
}
