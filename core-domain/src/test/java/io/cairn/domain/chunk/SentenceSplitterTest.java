package io.cairn.domain.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void should_split_at_sentence_ends_when_text_has_several_sentences() {
        // given
        String text = "Hello world. How are you? Fine!";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).containsExactly("Hello world.", "How are you?", "Fine!");
    }

    @Test
    void should_keep_a_decimal_number_whole_when_it_contains_a_dot() {
        // given
        String text = "Pi is about 3.14 in most books. That is enough.";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).containsExactly("Pi is about 3.14 in most books.", "That is enough.");
    }

    @Test
    void should_treat_a_paragraph_break_as_a_boundary_when_a_heading_has_no_full_stop() {
        // given
        String text = "Refund policy\n\nRefunds are accepted within 30 days.";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).containsExactly("Refund policy", "Refunds are accepted within 30 days.");
    }

    @Test
    void should_collapse_line_breaks_and_runs_of_spaces_when_a_sentence_is_wrapped() {
        // given
        String text = "This sentence\nwas   wrapped\tacross lines.";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).containsExactly("This sentence was wrapped across lines.");
    }

    @Test
    void should_return_nothing_when_text_is_only_whitespace() {
        // given
        String text = " \n\n\t \n ";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).isEmpty();
    }

    @Test
    void should_return_nothing_when_text_is_only_non_breaking_spaces() {
        // given text pasted from a web page: &nbsp; is invisible whitespace to a reader
        String text = "\u00A0\u00A0 \u00A0\n\u202F";
        // when
        var sentences = SentenceSplitter.split(text);
        // then
        assertThat(sentences).isEmpty();
    }
}
