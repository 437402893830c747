package org.costclose.close;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.costclose.setup.model.CloseDeadline;
import org.junit.jupiter.api.Test;

/** Working day N after the period's end: weekends and the company's holidays are not counted. */
class CloseCalendarTest {

    private static final LocalDate DECEMBER_END = LocalDate.parse("2026-12-31");
    private static final CloseDeadline FIRST_DAY = new CloseDeadline("approveAllocations", 1);

    @Test
    void shouldBeDueOnNewYearsDayWhenTheCompanyHasNoHolidays() {
        assertThat(CloseCalendar.dueDate(DECEMBER_END, FIRST_DAY, Set.of()).toInstant())
                .isEqualTo(Instant.parse("2027-01-01T23:59:59Z"));
    }

    @Test
    void shouldSkipTheHolidayAndTheWeekendWhenNewYearsDayIsAHoliday() {
        // 1 January 2027 is a Friday: the next working day is Monday 4 January
        assertThat(CloseCalendar.dueDate(DECEMBER_END, FIRST_DAY, Set.of(LocalDate.parse("2027-01-01"))).toInstant())
                .isEqualTo(Instant.parse("2027-01-04T23:59:59Z"));
    }

    @Test
    void shouldCountOnlyWeekdayHolidaysWhenSomeFallOnAWeekend() {
        // October 2026 ends on a Saturday; Sunday 1 November is harmless, Tuesday 3 November is skipped
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03"));

        assertThat(CloseCalendar.dueDate(LocalDate.parse("2026-10-31"), new CloseDeadline("approveAllocations", 3),
                holidays).toInstant()).isEqualTo(Instant.parse("2026-11-05T23:59:59Z"));
    }
}
