package org.costclose.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.close.CloseFixture.PERCENTAGES;
import static org.costclose.close.CloseFixture.PERIOD;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupService;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reopening a locked period: a reason, an approver other than the one who asked, then a new close can run. */
@DatabaseTest
class ReopenProcessTest {

    @Autowired ReopenService reopenings;
    @Autowired CloseService closes;
    @Autowired ManagementService management;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentUser user;
    @Autowired IdentityService identity;
    CloseFixture plant;

    @BeforeEach
    void closedPlant() {
        plant = new CloseFixture(setup, intake).load(PERCENTAGES).accounts()
                .entries("G1,2026-10-05,600250,100.00,CURRENT,SP\n");
        String close = user.actingFor("finance", () -> closes.start(plant.company, PERIOD)).processInstanceId();
        CloseFixture.runJobs(management, close);
        String task = closes.status(plant.company, PERIOD).tasks().get(0).id();
        user.actingFor("approver", () -> closes.complete(plant.company, PERIOD, task,
                new CloseService.Decision("approve", null, null)));
        CloseFixture.runJobs(management, close);
        assertThat(state()).isEqualTo("CLOSED");
    }

    @Test
    void shouldReopenTheLockedPeriodOnceAnotherApproverApprovesAndThenLetANewCloseRun() {
        String both = CloseFixture.financeApprover(identity);
        InvalidInputException noReason = catchThrowableOfType(InvalidInputException.class,
                () -> user.actingFor(both, () -> reopenings.request(plant.company, PERIOD, " ")));
        ReopenService.Reopening asked = user.actingFor(both,
                () -> reopenings.request(plant.company, PERIOD, "a late invoice of 12.00 for October"));
        String task = asked.openTasks().get(0);
        CloseConflictException twice = catchThrowableOfType(CloseConflictException.class,
                () -> user.actingFor("finance", () -> reopenings.request(plant.company, PERIOD, "again")));
        CloseForbiddenException ownRequest = catchThrowableOfType(CloseForbiddenException.class,
                () -> user.actingFor(both, () -> reopenings.decide(plant.company, PERIOD, task,
                        new CloseService.Decision("approve", null, null))));
        ReopenService.Reopening approved = user.actingFor("controller", () -> reopenings.decide(plant.company, PERIOD,
                task, new CloseService.Decision("approve", null, null)));
        CloseFixture.runJobs(management, approved.processInstanceId());

        assertThat(noReason.errors().get(0).reason()).contains("needs a written reason");
        assertThat(twice.getMessage()).contains("waits for its approval already");
        assertThat(ownRequest.getMessage()).isEqualTo("four-eyes: both asked to reopen the period and may not"
                + " approve it");
        assertThat(state()).isEqualTo("OPEN");
        assertThat(reopenings.reopenings(plant.company, PERIOD)).singleElement().satisfies(reopening -> {
            assertThat(reopening.state()).isEqualTo("COMPLETED");
            assertThat(reopening.requestedBy()).isEqualTo(both);
            assertThat(reopening.reason()).isEqualTo("a late invoice of 12.00 for October");
            assertThat(reopening.decidedBy()).isEqualTo("controller");
            assertThat(reopening.decision()).isEqualTo("approve");
        });
        CloseStatus again = user.actingFor("finance", () -> closes.start(plant.company, PERIOD));
        assertThat(again.state()).isEqualTo("ACTIVE");
    }

    @Test
    void shouldKeepThePeriodLockedWhenTheReopeningIsRefusedAndRefuseAnOpenPeriod() {
        ReopenService.Reopening asked = user.actingFor("finance",
                () -> reopenings.request(plant.company, PERIOD, "a late invoice"));
        user.actingFor("approver", () -> reopenings.decide(plant.company, PERIOD, asked.openTasks().get(0),
                new CloseService.Decision("reject", "post it in November", null)));
        CloseConflictException open = catchThrowableOfType(CloseConflictException.class,
                () -> user.actingFor("finance", () -> reopenings.request(plant.company, "2026-09", "why not")));

        assertThat(state()).isEqualTo("CLOSED");
        assertThat(reopenings.reopenings(plant.company, PERIOD).get(0).comment()).isEqualTo("post it in November");
        assertThat(open.getMessage()).contains("is OPEN: only a locked period is reopened");
    }

    private String state() {
        return jdbc.queryForObject("SELECT state FROM fiscal_period WHERE company_id = ? AND period_id = ?", String.class,
                plant.company, PERIOD);
    }
}
