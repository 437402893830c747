package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.costclose.intake.IntakeFixture.csv;

import java.math.BigDecimal;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ProductionIntakeTest extends IntakeTestBase {


    @Test
    void shouldStoreRouteHoursWhenCostCenterAndCostPurposeAreKnown() {
        ImportRecord record = intake.importCsv(company, ImportKind.ROUTE_TRANSACTIONS, "route.csv", csv("""
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-0001,BF-FURNACE,BF,Iron,7.5,2026-10-01
                R2,B-0002,BF-FURNACE,BF,Iron,8.25,2026-10-01
                """));

        assertThat(record.rowsStored()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT SUM(hours) FROM route_transaction WHERE company_id = ?", BigDecimal.class,
                company)).isEqualByComparingTo("15.75");
    }

    @Test
    void shouldRejectRouteHoursOnAValueOfTheWrongDimension() {
        InvalidInputException rejected = reject(ImportKind.ROUTE_TRANSACTIONS, """
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-0001,BF-FURNACE,Iron,BF,7.5,2026-10-01
                """);

        assertThat(rejected.errors()).extracting(InputError::field, InputError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cost_center", "unknown value of dimension CostCenter"),
                org.assertj.core.groups.Tuple.tuple("cost_purpose", "unknown value of dimension CostPurpose"));
        assertThat(count("route_transaction")).isZero();
    }

    @Test
    void shouldStoreReportedAsFinishedQuantitiesOfTheSteelCase() {
        intake.importCsv(company, ImportKind.REPORTED_FINISHED, "finished.csv", csv("""
                transaction_id,order,cost_purpose,quantity,unit,date
                F1,S-1,Sint,8400,t,2026-10-01
                F2,I-1,Iron,1500,t,2026-10-01
                F3,I-2,Iron,2500,t,2026-10-01
                F4,I-3,Iron,2000,t,2026-10-01
                """));

        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM finished_quantity WHERE company_id = ? AND cost_purpose = 'Iron'",
                BigDecimal.class, company)).isEqualByComparingTo("6000");
    }

    @Test
    void shouldStoreProjectHoursWithTheProjectsDimensionValues() {
        intake.importCsv(company, ImportKind.PROJECT_HOURS, "project.csv", csv("""
                transaction_id,project,worker,cost_center,hours,date,CostPurpose,Department
                P1,PRJ-7,W-12,SP,6,2026-10-02,Sint,D10
                """));

        assertThat(jdbc.queryForMap("SELECT cost_center, dim_2, dim_3, hours FROM project_hour WHERE company_id = ?", company))
                .containsEntry("cost_center", "SP").containsEntry("dim_2", "Sint").containsEntry("dim_3", "D10");
    }

    @Test
    void shouldCheckSenderAndReceiverAgainstTheServiceCategorysDimensions() {
        intake.importCsv(company, ImportKind.SERVICE_TRANSACTIONS, "service.csv", csv("""
                transaction_id,category,sender,receiver,quantity,date,description
                S1,Output_t,,Sint,8400,2026-10-01,daily yield
                S2,MachineHours,BF,Iron,24,2026-10-01,
                """));
        assertThat(count("service_transaction")).isEqualTo(2);

        InvalidInputException rejected = reject(ImportKind.SERVICE_TRANSACTIONS, """
                transaction_id,category,sender,receiver,quantity,date
                S3,Output_t,SP,Iron,1,2026-10-01
                S4,MachineHours,Iron,BF,1,2026-10-01
                S5,CC-CP,,Iron,1,2026-10-01
                """);

        assertThat(rejected.errors()).extracting(InputError::row, InputError::field, InputError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "sender", "the service category has no credit dimension; leave it blank"),
                org.assertj.core.groups.Tuple.tuple(3L, "sender", "unknown value of dimension CostCenter"),
                org.assertj.core.groups.Tuple.tuple(3L, "receiver", "unknown value of dimension CostPurpose"),
                org.assertj.core.groups.Tuple.tuple(4L, "category", "unknown service category"));
        assertThat(count("service_transaction")).isEqualTo(2);
    }

    @Test
    void shouldRejectBudgetEntriesOnUnknownAccountsAndStoreValidOnes() {
        intake.importCsv(company, ImportKind.GL_BUDGET_ENTRIES, "budget.csv", csv("""
                entry_id,budget_model,date,account,amount,CostCenter
                B1,BUD26,2026-11-01,600250,12000.00,BF
                """));
        InvalidInputException rejected = reject(ImportKind.GL_BUDGET_ENTRIES, """
                entry_id,budget_model,date,account,amount
                B2,BUD26,2026-11-01,123,1.00
                """);

        assertThat(count("gl_budget_entry")).isEqualTo(1);
        assertThat(rejected.errors()).singleElement().extracting(InputError::field).isEqualTo("account");
    }


}
