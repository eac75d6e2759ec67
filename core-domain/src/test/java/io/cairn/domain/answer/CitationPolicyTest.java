package io.cairn.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.retrieval.ChunkHit;
import io.cairn.domain.retrieval.RankedChunk;
import io.cairn.domain.source.DocumentId;
import io.cairn.domain.source.SourceId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CitationPolicyTest {

    private final List<Passage> fourPassages = Passage.number(IntStream.rangeClosed(1, 4)
            .mapToObj(i -> ranked("Page " + i, "Text of passage " + i + "."))
            .toList());

    @Test
    void should_cite_the_passage_behind_a_marker_when_its_number_was_handed_out() {
        // given
        String answer = "Shipping takes two days [2].";
        // when
        List<Citation> citations = CitationPolicy.bind(answer, fourPassages);
        // then
        Passage second = fourPassages.get(1);
        assertThat(citations).hasSize(1);
        Citation citation = citations.get(0);
        assertThat(citation.n()).isEqualTo(2);
        assertThat(citation.sourceId()).isEqualTo(second.ranked().chunk().sourceId());
        assertThat(citation.documentId()).isEqualTo(second.ranked().chunk().documentId());
        assertThat(citation.title()).isEqualTo("Page 2");
        assertThat(citation.snippet()).isEqualTo("Text of passage 2.");
    }

    @Test
    void should_bind_no_citation_when_a_marker_names_a_passage_that_was_never_given() {
        // given
        String answer = "Invented fact [7]. Another [0]. And a real one [4].";
        // when
        List<Citation> citations = CitationPolicy.bind(answer, fourPassages);
        // then
        assertThat(citations).extracting(Citation::n).containsExactly(4);
    }

    @Test
    void should_cite_each_passage_once_in_order_of_first_mention_when_markers_repeat() {
        // given
        String answer = "First [3]. Second [1][3]. Third [1]. Again [3].";
        // when
        List<Citation> citations = CitationPolicy.bind(answer, fourPassages);
        // then
        assertThat(citations).extracting(Citation::n).containsExactly(3, 1);
    }

    @Test
    void should_cite_nothing_when_the_answer_has_no_markers() {
        // when
        List<Citation> citations = CitationPolicy.bind("I do not know.", fourPassages);
        // then
        assertThat(citations).isEmpty();
    }

    @Test
    void should_remove_only_unknown_markers_when_stripping() {
        // given
        String answer = "Real [2]. Invented [7]. Zero [0]. Also real [4].";
        // when
        String stripped = CitationPolicy.stripUnknownMarkers(answer, 4);
        // then
        assertThat(stripped).isEqualTo("Real [2]. Invented . Zero . Also real [4].");
    }

    @Test
    void should_shorten_the_snippet_at_a_word_boundary_when_the_passage_is_long() {
        // given
        String longText = "word ".repeat(200).strip();
        Passage passage = new Passage(1, ranked("Long", longText));
        // when
        Citation citation = CitationPolicy.cite(passage);
        // then
        assertThat(citation.snippet()).endsWith("word…").hasSizeLessThanOrEqualTo(241);
        assertThat(longText).startsWith(citation.snippet().replace("…", ""));
    }

    private static RankedChunk ranked(String title, String text) {
        var hit =
                new ChunkHit(DocumentId.random() + ":0", DocumentId.random(), SourceId.random(), title, "", text, 0.8);
        return new RankedChunk(hit, 0.03, OptionalDouble.of(0.8), OptionalDouble.empty());
    }
}
