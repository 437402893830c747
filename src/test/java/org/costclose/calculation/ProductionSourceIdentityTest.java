package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Route hours and a manual service transaction with the same source id X1 in the same service category: ids are
 * unique per kind only, so each side is stored with its kind, the drill-down names it, and the service flows
 * pair the two sides of each source row, never a route side with a service side.
 */
@DatabaseTest
class ProductionSourceIdentityTest {

    @Autowired ProductionProcessingService production;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired CalculationMapper calculation;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    final String company = "S" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void company() {
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: Source identity test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - {name: CostCenter, role: costCenter, values: [{code: SP, name: Sinter plant}, {code: BF, name: Furnace}]}
                  - {name: CostPurpose, role: costPurpose, values: [{code: Sint, name: Sinter}, {code: Iron, name: Pig iron}]}
                costCategories:
                  - {id: MachineHours, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter,
                     debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
                postingLayers: [CURRENT]
                resources:
                  - {id: BF-FURNACE, category: MachineHours}
                """.formatted(company))), "test");
        load(ImportKind.ROUTE_TRANSACTIONS, """
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                X1,B-1,BF-FURNACE,BF,Iron,7.5,2026-10-01
                """);
        load(ImportKind.SERVICE_TRANSACTIONS, """
                transaction_id,category,sender,receiver,quantity,date
                X1,MachineHours,SP,Sint,4,2026-10-03
                """);
        production.processProduction(company, "2026-10");
    }

    @Test
    void shouldStoreEachSideWithItsKindWhenTwoKindsShareASourceId() {
        assertThat(jdbc.queryForList("SELECT source_kind, source_id, dimension_value, quantity FROM cost_transaction"
                + " WHERE company_id = ? ORDER BY source_kind, dimension_value", company))
                .extracting(row -> row.get("source_kind"), row -> row.get("source_id"), row -> row.get("dimension_value"),
                        row -> ((java.math.BigDecimal) row.get("quantity")).stripTrailingZeros().toPlainString())
                .containsExactly(tuple("ROUTE", "X1", "BF", "-7.5"), tuple("ROUTE", "X1", "Iron", "7.5"),
                        tuple("SERVICE", "X1", "SP", "-4"), tuple("SERVICE", "X1", "Sint", "4"));
    }

    @Test
    void shouldPairTheSidesOfEachSourceRowWhenTwoKindsShareASourceId() {
        assertThat(calculation.findServiceFlows(company, "2026-10", "ACTUAL"))
                .extracting(CalculationMapper.ServiceFlow::sender, CalculationMapper.ServiceFlow::receiver,
                        flow -> flow.quantity().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple("BF", "Iron", "7.5"), tuple("SP", "Sint", "4"));
    }

    @Test
    void shouldNameTheKindInTheDrillDownWhenTwoKindsShareASourceId() {
        JsonNode iron = http.getForObject("/api/companies/" + company
                + "/cost-transactions?period=2026-10&dimension=CostCenter&value=BF&category=MachineHours", JsonNode.class);
        JsonNode sint = http.getForObject("/api/companies/" + company
                + "/cost-transactions?period=2026-10&dimension=CostPurpose&value=Sint&category=MachineHours", JsonNode.class);

        assertThat(iron.get("transactions")).hasSize(1);
        assertThat(iron.get("transactions").get(0).get("sourceKind").asText()).isEqualTo("ROUTE");
        assertThat(iron.get("transactions").get(0).get("sourceId").asText()).isEqualTo("X1");
        assertThat(iron.get("transactions").get(0).get("quantity").decimalValue()).isEqualByComparingTo("-7.5");
        assertThat(sint.get("transactions").get(0).get("sourceKind").asText()).isEqualTo("SERVICE");
        assertThat(sint.get("transactions").get(0).get("quantity").decimalValue()).isEqualByComparingTo("4");
    }

    private void load(ImportKind kind, String file) {
        intake.importCsv(company, kind, kind.slug() + ".csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }
}
