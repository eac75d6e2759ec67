package io.cairn.domain.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.error.ValidationException.FieldError;
import org.junit.jupiter.api.Test;

class RetrievalSettingsTest {

    @Test
    void should_accept_top_k_when_it_is_at_either_bound() {
        // when
        var smallest = new RetrievalSettings(RetrievalMode.HYBRID, 1, 0.5);
        var largest = new RetrievalSettings(RetrievalMode.VECTOR, RetrievalSettings.MAX_TOP_K, 0.5);
        // then
        assertThat(smallest.topK()).isEqualTo(1);
        assertThat(largest.topK()).isEqualTo(50);
    }

    @Test
    void should_reject_top_k_with_a_field_error_when_it_is_zero() {
        // when / then
        assertThatThrownBy(() -> new RetrievalSettings(RetrievalMode.HYBRID, 0, 0.5))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("retrieval.topK", "must be between 1 and 50")));
    }

    @Test
    void should_reject_top_k_with_a_field_error_when_it_is_above_the_maximum() {
        // when / then
        assertThatThrownBy(() -> new RetrievalSettings(RetrievalMode.KEYWORD, 51, 0.5))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("retrieval.topK"));
    }

    @Test
    void should_reject_min_score_when_it_is_negative_or_not_a_number() {
        // when / then
        assertThatThrownBy(() -> new RetrievalSettings(RetrievalMode.HYBRID, 5, -0.1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("retrieval.minScore"));
        assertThatThrownBy(() -> new RetrievalSettings(RetrievalMode.HYBRID, 5, Double.NaN))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void should_name_the_allowed_modes_when_a_mode_is_unknown() {
        // when / then
        assertThat(RetrievalMode.parse(" Keyword ")).isEqualTo(RetrievalMode.KEYWORD);
        assertThatThrownBy(() -> RetrievalMode.parse("semantic"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("retrieval.mode", "must be one of hybrid, vector, keyword")));
    }
}
