package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.util.List;
import org.costclose.setup.model.ApprovalLevel;
import org.costclose.setup.model.CompanySetup;
import org.junit.jupiter.api.Test;

/** The close's approval levels in the setup: read in order, written back, at most five, one by default. */
class ApprovalLevelsSetupTest {

    private static final String LEVELS = """
            approvalLevels:
              - {name: Controller, group: approvers}
              - {name: CFO, group: cfo}
            """;

    @Test
    void shouldReadTheLevelsInOrderAndWriteThemBack() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("x.yaml", LEVELS)));

        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", SetupWriter.write(setup))));

        assertThat(setup.closeApprovalLevels()).containsExactly(new ApprovalLevel("Controller", "approvers"),
                new ApprovalLevel("CFO", "cfo"));
        assertThat(again.approvalLevels()).isEqualTo(setup.approvalLevels());
    }

    @Test
    void shouldApproveOnceByTheApproversWhenTheSetupNamesNoLevels() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST)));

        assertThat(setup.closeApprovalLevels()).containsExactly(new ApprovalLevel("Approval", "approvers"));
        assertThat(SetupWriter.write(setup)).doesNotContain("approvalLevels");
    }

    @Test
    void shouldRefuseASixthLevelAndALevelNamedTwice() {
        String six = "approvalLevels:\n" + "  - {name: L1, group: approvers}\n".repeat(1)
                + "  - {name: L2, group: approvers}\n  - {name: L3, group: approvers}\n"
                + "  - {name: L4, group: approvers}\n  - {name: L5, group: approvers}\n"
                + "  - {name: L1, group: approvers}\n";

        assertThat(errorsWith(six)).extracting(error -> error.reason())
                .anySatisfy(reason -> assertThat(reason).contains("at most 5 approval levels"))
                .anySatisfy(reason -> assertThat(reason).contains("L1"));
    }

    @Test
    void shouldReadTheCloseCalendarAndRefuseATaskTheCloseDoesNotHave() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("x.yaml", "closeCalendar:\n  - {task: approveAllocations, workingDay: 5}\n")));

        assertThat(setup.closeCalendar()).containsExactly(new org.costclose.setup.model.CloseDeadline(
                "approveAllocations", 5));
        assertThat(errorsWith("closeCalendar:\n  - {task: celebrate, workingDay: 5}\n"))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("closeCalendar[0].task");
                    assertThat(error.reason()).contains("not a task of the close");
                });
    }
}
