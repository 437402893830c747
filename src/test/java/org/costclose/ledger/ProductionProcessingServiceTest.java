package org.costclose.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.costclose.ledger.LedgerFixture.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class ProductionProcessingServiceTest {

    @Autowired ProductionProcessingService production;
    @Autowired LedgerProcessingService ledger;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired DemoCompanyLoader demo;
    @Autowired JdbcTemplate jdbc;
    final String company = "P" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void company() {
        loadSetup(true);
        load(ImportKind.ROUTE_TRANSACTIONS, """
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-1,BF-FURNACE,BF,Iron,7.5,2026-10-01
                R2,B-2,SP-PRESS,SP,Sint,3,2026-10-01
                """);
        load(ImportKind.REPORTED_FINISHED, """
                transaction_id,order,cost_purpose,quantity,unit,date
                F1,B-3,Sint,8400,t,2026-10-01
                F2,B-4,Iron,10,kg,2026-10-01
                """);
        load(ImportKind.PROJECT_HOURS, """
                transaction_id,project,worker,cost_center,hours,date,CostPurpose
                P1,PRJ-1,W-1,SP,6,2026-10-02,Sint
                P2,PRJ-2,W-2,BF,2,2026-10-02,
                """);
        load(ImportKind.SERVICE_TRANSACTIONS, """
                transaction_id,category,sender,receiver,quantity,date
                S1,Energy_kWh,SP,BF,100,2026-10-03
                """);
    }

    @Test
    void shouldTurnEverySourceIntoServiceQuantitiesPlusOnTheReceiverMinusOnTheSender() {
        ProductionRun run = production.processProduction(company, "2026-10");

        assertThat(transactions()).containsExactly(
                tuple("F1", "Output_t", "CostPurpose", "Sint", "8400"),
                tuple("P1", "ProjectHours", "CostCenter", "SP", "-6"),
                tuple("P1", "ProjectHours", "CostPurpose", "Sint", "6"),
                tuple("R1", "MachineHours", "CostCenter", "BF", "-7.5"),
                tuple("R1", "MachineHours", "CostPurpose", "Iron", "7.5"),
                tuple("S1", "Energy_kWh", "CostCenter", "BF", "100"),
                tuple("S1", "Energy_kWh", "CostCenter", "SP", "-100"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cost_transaction WHERE company_id = ? AND amount <> 0",
                Integer.class, company)).isZero();
        assertThat(run.rowsIn()).isEqualTo(7);
        assertThat(run.rowsRejected()).isEqualTo(3);
        assertThat(run.rowsProcessed()).isEqualTo(4);
        assertThat(run.transactionsOut()).isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM production_line", Integer.class)).isZero();
    }

    @Test
    void shouldRejectWhatItCannotPlaceWithTheReason() {
        production.processProduction(company, "2026-10");

        List<ProductionReject> rejects = production.rejects(company, "2026-10", 0, 100);

        assertThat(rejects).extracting(ProductionReject::sourceKind, ProductionReject::sourceId, ProductionReject::reason)
                .containsExactly(tuple("FINISHED", "F2", "UNIT_MISMATCH"), tuple("PROJECT", "P2", "MISSING_VALUE"),
                        tuple("ROUTE", "R2", "NO_CATEGORY"));
        assertThat(rejects).extracting(ProductionReject::explanation).containsExactly(
                "unit kg differs from the unit of the output category",
                "no value for dimension CostPurpose",
                "resource SP-PRESS is not mapped to a service category (setup: resources)");
    }

    @Test
    void shouldRejectAValueTheSetupNoLongerKnows() {
        loadSetup(false);

        production.processProduction(company, "2026-10");

        assertThat(production.rejects(company, "2026-10", 0, 100)).filteredOn(r -> r.reason().equals("UNKNOWN_VALUE"))
                .extracting(ProductionReject::sourceId, ProductionReject::dimensionName, ProductionReject::dimensionValue)
                .containsExactly(tuple("R1", "CostPurpose", "Iron"));
        assertThat(transactions()).extracting(t -> t.toList().get(0)).doesNotContain("R1");
    }

    @Test
    void shouldReplaceItsOwnResultWhenRunAgainAndLeaveTheLedgersAlone() {
        jdbc.update("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, category_id,"
                + " dimension_name, dimension_value, entry_count, amount, fixed_amount, variable_amount)"
                + " VALUES (?, '2026-10', 'ACTUAL', 'LEDGER', 0, '600250', 'CostCenter', 'SP', 1, 10, 0, 10)", company);
        production.processProduction(company, "2026-10");
        ProductionRun again = production.processProduction(company, "2026-10");

        assertThat(transactions()).hasSize(8).contains(tuple(null, "600250", "CostCenter", "SP", "-"));
        assertThat(again.transactionsOut()).isEqualTo(7);
        assertThat(production.runs(company, "2026-10")).hasSize(2);
    }

    @Test
    void shouldRefuseALockedPeriod() {
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = ? AND period_id = '2026-10'", company);

        assertThatThrownBy(() -> production.processProduction(company, "2026-10")).isInstanceOf(PeriodLockedException.class);
        assertThat(production.runs(company, "2026-10")).isEmpty();
    }

    @Test
    void shouldRecordTheSteelOutputOnTheProductsCostPurposes() {
        demo.load("steel");

        ProductionRun run = production.processProduction("steel", "2026-10");

        assertThat(output("Sint")).isEqualByComparingTo("8400");
        assertThat(output("Iron")).isEqualByComparingTo("6000");
        assertThat(output("Slag")).isEqualByComparingTo("1800");
        assertThat(run.rowsRejected()).isZero();
    }

    private BigDecimal output(String costPurpose) {
        return jdbc.queryForObject("SELECT SUM(quantity) FROM cost_transaction WHERE company_id = 'steel'"
                + " AND period_id = '2026-10' AND category_id = 'Output_t' AND dimension_value = ?", BigDecimal.class, costPurpose);
    }

    private List<Tuple> transactions() {
        return jdbc.queryForList("SELECT source_id, category_id, dimension_name, dimension_value, quantity"
                + " FROM cost_transaction WHERE company_id = ? ORDER BY source_id, dimension_name, dimension_value", company)
                .stream().map(row -> tuple(row.get("source_id"), row.get("category_id"), row.get("dimension_name"),
                        row.get("dimension_value"), row.get("quantity") == null ? "-"
                                : ((BigDecimal) row.get("quantity")).stripTrailingZeros().toPlainString()))
                .toList();
    }

    private void load(ImportKind kind, String file) {
        intake.importCsv(company, kind, kind.slug() + ".csv", csv(file));
    }

    private void loadSetup(boolean withIron) {
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: Production test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: SP, name: Sinter plant}, {code: BF, name: Blast furnace}]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Sint, name: Sinter}%s]
                costCategories:
                  - {id: 600250, name: Salaries, kind: primary, transactionControl: [CostCenter]}
                  - {id: MachineHours, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter,
                     debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
                  - {id: Output_t, name: Output, kind: service, unit: t, debitDimension: CostPurpose,
                     source: reportedFinished, transactionControl: [CostPurpose]}
                  - {id: ProjectHours, name: Project hours, kind: service, unit: h, creditDimension: CostCenter,
                     debitDimension: CostPurpose, source: projectHours, transactionControl: [CostCenter, CostPurpose]}
                  - {id: Energy_kWh, name: Energy, kind: service, unit: kWh, creditDimension: CostCenter,
                     debitDimension: CostCenter, transactionControl: [CostCenter]}
                postingLayers: [CURRENT]
                resources:
                  - {id: BF-FURNACE, category: MachineHours}
                """.formatted(company, withIron ? ", {code: Iron, name: Pig iron}" : ""))), "test");
    }
}
