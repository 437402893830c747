package org.costclose.calculation.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.costclose.intake.bench.BenchmarkCompany;
import org.costclose.intake.bench.GlFileGenerator;
import org.costclose.setup.SetupFile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark company's calculation: a second setup file with a machine-hours service category, two
 * secondary categories, a line structure and the version {@value #ID} of 300 steps, plus the month's
 * machine hours from each production cost center to its own cost purposes (the production data the
 * allocations use as basis). The shape (docs/benchmark-calculation.md):
 * <ol>
 *   <li>50 distributions among the service cost centers CC0001–CC0050, each to 4 other service centers and
 *       6 production centers by reference quantities: one reciprocal cycle of 50 members;</li>
 *   <li>50 distributions (3 rules each) of the support centers CC0051–CC0200, each to 8 production centers;</li>
 *   <li>180 allocations of the production centers CC0201–CC2000 (10 per step) onto their own cost purposes
 *       by machine hours, moving the overhead line under CC-CP;</li>
 *   <li>20 settlements of the internal orders CP19001–CP20000 (50 per step) onto 20 products each, by the
 *       products' machine hours (a line balance), under CP-CP.</li>
 * </ol>
 */
final class BenchmarkVersion {

    static final String ID = "ACTUAL";
    static final int CYCLE = 50;
    static final int SUPPORT_END = 200;
    static final int CENTERS_PER_ALLOCATION = 10;
    static final int FIRST_ORDER = 19_000;
    static final int ORDERS_PER_SETTLEMENT = 50;
    static final int PRODUCTS_PER_SETTLEMENT = 20;
    private static final int[] CYCLE_HOPS = {1, 3, 10, 24};
    private static final int CYCLE_PRODUCTION = 6;
    private static final int SUPPORT_RULES = 3;
    private static final int SUPPORT_RECEIVERS = 8;
    private static final int PURPOSES_PER_CENTER = BenchmarkCompany.COST_PURPOSES / BenchmarkCompany.COST_CENTERS;
    private static final int PRODUCTION = BenchmarkCompany.COST_CENTERS - SUPPORT_END;

    private final BenchmarkCompany company;
    private final StringBuilder yaml = new StringBuilder();
    private int steps;

    BenchmarkVersion(BenchmarkCompany company) {
        this.company = company;
    }

    int steps() {
        return steps;
    }

    SetupFile setupFile() {
        yaml.setLength(0);
        steps = 0;
        yaml.append("""
                costCategories:
                  - {id: MachineHours, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
                  - {id: CC-CP, name: Overhead allocated from cost centers to cost purposes, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
                  - {id: CP-CP, name: Internal orders settled onto cost purposes, kind: secondary, transactionControl: [CostPurpose]}
                lineStructures:
                  - id: BENCH
                    name: Benchmark cost statement
                    lines:
                      - {id: EXPENSES, name: Expenses, kind: category, ranges: [{from: 600001, to: 600300}]}
                      - {id: OVERHEAD, name: Overhead expenses, kind: category, ranges: [{from: 600201, to: 600300}]}
                      - {id: ORDER_COST, name: Cost of an internal order, kind: category, categories: [CC-CP], ranges: [{from: 600001, to: 600300}]}
                      - {id: HOURS, name: Machine hours, kind: quantity, categories: [MachineHours]}
                calculationVersions:
                  - id: ACTUAL
                    name: Actual
                    kind: actual
                    cycleMethod: reciprocal
                    steps:
                """);
        cycle();
        support();
        allocations();
        settlements();
        return new SetupFile("calculation.yaml", yaml.toString());
    }

    private void cycle() {
        for (int member = 0; member < CYCLE; member++) {
            Set<Integer> receivers = new LinkedHashSet<>();
            for (int hop : CYCLE_HOPS) {
                receivers.add((member + hop) % CYCLE);
            }
            for (int j = 0; j < CYCLE_PRODUCTION; j++) {
                receivers.add(SUPPORT_END + (member * CYCLE_PRODUCTION + j) * 97 % PRODUCTION);
            }
            step("SVC" + GlFileGenerator.padded(member + 1, 2), "distribution");
            distribution(member, new ArrayList<>(receivers));
        }
    }

    private void support() {
        for (int s = 0; s < (SUPPORT_END - CYCLE) / SUPPORT_RULES; s++) {
            step("SUP" + GlFileGenerator.padded(s + 1, 2), "distribution");
            for (int r = 0; r < SUPPORT_RULES; r++) {
                int center = CYCLE + s * SUPPORT_RULES + r;
                Set<Integer> receivers = new LinkedHashSet<>();
                for (int j = 0; j < SUPPORT_RECEIVERS; j++) {
                    receivers.add(SUPPORT_END + (center * SUPPORT_RECEIVERS + j) * 211 % PRODUCTION);
                }
                distribution(center, new ArrayList<>(receivers));
            }
        }
    }

    private void distribution(int sender, List<Integer> receivers) {
        yaml.append("          - senders: {dimension: CostCenter, values: [").append(company.costCenter(sender)).append("]}\n")
                .append("            moves: {lineStructure: BENCH, line: EXPENSES}\n")
                .append("            receivers: {dimension: CostCenter, values: [");
        StringBuilder weights = new StringBuilder();
        for (int k = 0; k < receivers.size(); k++) {
            String code = company.costCenter(receivers.get(k));
            yaml.append(k == 0 ? "" : ", ").append(code);
            weights.append(k == 0 ? "" : ", ").append(code).append(": ").append(1 + (sender * 7 + k * 3) % 9);
        }
        yaml.append("]}\n            basis: {quantities: {").append(weights).append("}}\n");
    }

    private void allocations() {
        for (int first = SUPPORT_END; first < BenchmarkCompany.COST_CENTERS; first += CENTERS_PER_ALLOCATION) {
            int last = first + CENTERS_PER_ALLOCATION - 1;
            step("OH" + company.costCenter(first), "allocation");
            yaml.append("          - senders: {dimension: CostCenter, ranges: [{from: ").append(company.costCenter(first))
                    .append(", to: ").append(company.costCenter(last)).append("}]}\n")
                    .append("            moves: {lineStructure: BENCH, line: OVERHEAD}\n")
                    .append("            receivers: {dimension: CostPurpose, ranges: [{from: ")
                    .append(company.costPurpose(first * PURPOSES_PER_CENTER)).append(", to: ")
                    .append(company.costPurpose((last + 1) * PURPOSES_PER_CENTER - 1)).append("}]}\n")
                    .append("            basis: {serviceCategory: MachineHours}\n")
                    .append("            allocationCategory: CC-CP\n            offsetCategory: CC-CP\n");
        }
    }

    private void settlements() {
        int count = (BenchmarkCompany.COST_PURPOSES - FIRST_ORDER) / ORDERS_PER_SETTLEMENT;
        int spacing = (FIRST_ORDER - SUPPORT_END * PURPOSES_PER_CENTER) / count;
        for (int t = 0; t < count; t++) {
            int first = FIRST_ORDER + t * ORDERS_PER_SETTLEMENT;
            int product = SUPPORT_END * PURPOSES_PER_CENTER + t * spacing;
            step("IO" + GlFileGenerator.padded(t + 1, 2), "allocation");
            yaml.append("          - senders: {dimension: CostPurpose, ranges: [{from: ").append(company.costPurpose(first))
                    .append(", to: ").append(company.costPurpose(first + ORDERS_PER_SETTLEMENT - 1)).append("}]}\n")
                    .append("            moves: {lineStructure: BENCH, line: ORDER_COST}\n")
                    .append("            receivers: {dimension: CostPurpose, ranges: [{from: ").append(company.costPurpose(product))
                    .append(", to: ").append(company.costPurpose(product + PRODUCTS_PER_SETTLEMENT - 1)).append("}]}\n")
                    .append("            basis: {lineStructure: BENCH, line: HOURS}\n")
                    .append("            allocationCategory: CP-CP\n            offsetCategory: CP-CP\n");
        }
    }

    private void step(String id, String kind) {
        steps++;
        yaml.append("      - id: ").append(id).append("\n        name: Step ").append(id).append("\n        kind: ")
                .append(kind).append("\n        rules:\n");
    }

    /**
     * The month's machine hours: each production center to each of its cost purposes, as production
     * processing records them (a credit on the center, a debit on the purpose, same source row); returns the rows.
     */
    int insertMachineHours(JdbcTemplate jdbc, String period) {
        List<Object[]> rows = new ArrayList<>();
        for (int center = SUPPORT_END; center < BenchmarkCompany.COST_CENTERS; center++) {
            for (int p = 0; p < PURPOSES_PER_CENTER; p++) {
                int purpose = center * PURPOSES_PER_CENTER + p;
                String source = "MH-" + company.costPurpose(purpose);
                String hours = (1 + (purpose * 37L) % 400) + "." + (purpose % 10) + "00";
                rows.add(new Object[] {period, "CostCenter", company.costCenter(center), source, "-" + hours});
                rows.add(new Object[] {period, "CostPurpose", company.costPurpose(purpose), source, hours});
            }
        }
        jdbc.batchUpdate("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, category_id,"
                + " dimension_name, dimension_value, source_id, entry_count, amount, fixed_amount, variable_amount, quantity)"
                + " VALUES ('" + BenchmarkCompany.ID + "', ?, 'ACTUAL', 'PRODUCTION', 0, 'MachineHours', ?, ?, ?, 1, 0, 0, 0,"
                + " CAST(? AS NUMERIC(19, 6)))", rows);
        return rows.size();
    }
}
