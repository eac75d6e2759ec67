package io.cairn.domain.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.error.ValidationException;
import io.cairn.domain.error.ValidationException.FieldError;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void should_accept_a_six_digit_hex_colour_when_surrounded_by_spaces() {
        // when
        Theme theme = new Theme(" #12AB34 ", "left");
        // then
        assertThat(theme.primaryColor()).isEqualTo("#12AB34");
        assertThat(theme.position()).isEqualTo("left");
    }

    @Test
    void should_use_the_default_colour_and_corner_when_none_is_given() {
        // when
        Theme theme = new Theme(null, null);
        // then
        assertThat(theme).isEqualTo(Theme.defaults());
        assertThat(theme.position()).isEqualTo("right");
        assertThat(theme.primaryColor()).matches("#[0-9a-fA-F]{6}");
    }

    @Test
    void should_reject_the_colour_with_a_field_error_when_it_is_not_hex() {
        // when / then
        for (String bad : new String[] {"red", "#12ab3", "12ab34", "#12ab34; background:url(x)"}) {
            assertThatThrownBy(() -> new Theme(bad, "right"))
                    .as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("theme.primaryColor", "must look like #12ab34")));
        }
    }

    @Test
    void should_reject_the_position_with_a_field_error_when_it_is_not_left_or_right() {
        // when / then
        assertThatThrownBy(() -> new Theme("#123456", "top"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("theme.position"));
    }
}
