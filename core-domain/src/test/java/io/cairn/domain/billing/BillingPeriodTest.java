package io.cairn.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {

    @Test
    void should_run_from_the_anchor_day_to_the_same_day_next_month_when_now_is_inside_the_first_month() {
        // given
        Instant anchor = Instant.parse("2026-03-10T09:30:00Z");
        // when
        BillingPeriod period = BillingPeriod.containing(anchor, Instant.parse("2026-03-25T00:00:00Z"));
        // then
        assertThat(period.start()).isEqualTo(anchor);
        assertThat(period.end()).isEqualTo(Instant.parse("2026-04-10T09:30:00Z"));
    }

    @Test
    void should_roll_over_to_the_next_period_at_the_exact_anchor_time() {
        // given
        Instant anchor = Instant.parse("2026-03-10T09:30:00Z");
        // when
        BillingPeriod before = BillingPeriod.containing(anchor, Instant.parse("2026-05-10T09:29:59Z"));
        BillingPeriod at = BillingPeriod.containing(anchor, Instant.parse("2026-05-10T09:30:00Z"));
        // then
        assertThat(before.start()).isEqualTo(Instant.parse("2026-04-10T09:30:00Z"));
        assertThat(at.start()).isEqualTo(Instant.parse("2026-05-10T09:30:00Z"));
        assertThat(at.end()).isEqualTo(Instant.parse("2026-06-10T09:30:00Z"));
        assertThat(before.end()).isEqualTo(at.start());
    }

    @Test
    void should_start_on_the_last_day_of_february_when_the_anchor_is_on_the_31st() {
        // given
        Instant anchor = Instant.parse("2027-01-31T12:00:00Z");
        // when
        BillingPeriod february = BillingPeriod.containing(anchor, Instant.parse("2027-03-01T00:00:00Z"));
        BillingPeriod leapFebruary =
                BillingPeriod.containing(Instant.parse("2028-01-31T12:00:00Z"), Instant.parse("2028-03-01T00:00:00Z"));
        BillingPeriod march = BillingPeriod.containing(anchor, Instant.parse("2027-04-05T00:00:00Z"));
        // then
        assertThat(february.start()).isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
        assertThat(february.end()).isEqualTo(Instant.parse("2027-03-31T12:00:00Z"));
        assertThat(leapFebruary.start()).isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
        assertThat(march.start()).isEqualTo(Instant.parse("2027-03-31T12:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2027-04-30T12:00:00Z"));
    }

    @Test
    void should_find_the_period_years_later_and_before_the_anchor() {
        // given
        Instant anchor = Instant.parse("2024-08-15T00:00:00Z");
        // when
        BillingPeriod later = BillingPeriod.containing(anchor, Instant.parse("2029-02-14T23:59:59Z"));
        BillingPeriod earlier = BillingPeriod.containing(anchor, Instant.parse("2024-07-01T00:00:00Z"));
        // then
        assertThat(later.start()).isEqualTo(Instant.parse("2029-01-15T00:00:00Z"));
        assertThat(earlier.start()).isEqualTo(Instant.parse("2024-06-15T00:00:00Z"));
        assertThat(earlier.contains(Instant.parse("2024-07-01T00:00:00Z"))).isTrue();
    }
}
