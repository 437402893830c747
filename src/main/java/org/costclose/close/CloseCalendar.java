package org.costclose.close;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CloseDeadline;
import org.costclose.setup.model.CompanySetup;
import org.springframework.stereotype.Component;

/**
 * Due dates of the close's tasks from the company's close calendar ({@code closeCalendar} in the setup): working
 * day N after the period's last day, due at the end of that day, UTC. Working days are Monday to Friday except the
 * company's holidays ({@code closeHolidays}); a holiday on a weekend changes nothing.
 */
@Component("closeCalendar")
public class CloseCalendar {

    private final SetupService setups;

    CloseCalendar(SetupService setups) {
        this.setups = setups;
    }

    /** the task's due date, or null when the calendar names none for it */
    public Date due(String companyId, String periodId, String task) {
        CompanySetup setup = setups.activeSetup(companyId).orElseThrow();
        Set<LocalDate> holidays = Set.copyOf(setup.closeHolidays());
        return setup.closeCalendar().stream().filter(deadline -> deadline.task().equals(task)).findFirst()
                .map(deadline -> dueDate(periodEnd(setup, periodId), deadline, holidays)).orElse(null);
    }

    static Date dueDate(LocalDate periodEnd, CloseDeadline deadline, Set<LocalDate> holidays) {
        LocalDate day = periodEnd;
        for (int counted = 0; counted < deadline.workingDay(); ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return Date.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).minusSeconds(1).toInstant());
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    private static LocalDate periodEnd(CompanySetup setup, String periodId) {
        return setup.calendar().periods().stream().filter(period -> period.id().equals(periodId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the calendar has no period " + periodId)).end();
    }
}
