package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.setup.CalculationSetupTest.CATEGORIES;
import static org.costclose.setup.CalculationSetupTest.RULE;
import static org.costclose.setup.SetupYaml.file;
import static org.costclose.setup.SetupYaml.forCompany;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each setup problem of a calculation version the issue lists, loaded over a valid setup: the error names the field
 * and the value, and the company keeps its active setup version, with no new version stored.
 */
@DatabaseTest
class CalculationSetupRefusalTest {

    private static final String RULES = "calculationVersions[0].steps[0].rules[0]";

    @Autowired SetupService service;

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("a basis that is zero", rule -> rule.replace("{percentages: {P1: 100}}", "{quantities: {P1: 0}}"),
                        RULES + ".basis.quantities", "0", "the quantities are all zero"),
                problem("a negative basis", rule -> rule.replace("{percentages: {P1: 100}}", "{quantities: {P1: -2}}"),
                        RULES + ".basis.quantities.P1", "-2", "must not be negative"),
                problem("a receiver outside the dimension", rule -> rule.replace("receivers: {dimension: CostPurpose, values: [P1]}",
                        "receivers: {dimension: CostPurpose, values: [A]}"), RULES + ".receivers.values[0]", "A",
                        "unknown value of CostPurpose"),
                problem("a distribution into another dimension", rule -> rule.replace("kind: allocation", "kind: distribution")
                        .replaceAll(" *(allocation|offset)Category: CC-CP\n", ""), RULES + ".receivers.dimension",
                        "CostPurpose", "a distribution moves cost within one dimension"),
                problem("an allocation without categories", rule -> rule.replaceAll(" *allocationCategory: CC-CP\n", ""),
                        RULES, null, "needs an allocationCategory"),
                problem("an unknown line node as basis", rule -> rule.replace("{percentages: {P1: 100}}", "{lineStructure: LS, line: XX}"),
                        RULES + ".basis.line", "XX", "unknown line of LS"),
                problem("an unknown line node moved", rule -> rule.replace("{categories: [\"600000\"]}", "{lineStructure: LS, line: XX}"),
                        RULES + ".moves.line", "XX", "unknown line of LS"),
                problem("a step that can never receive anything", rule -> rule.replace("{dimension: CostCenter, nodes: [ALL]}",
                        "{dimension: CostPurpose, values: [P1]}"), RULES + ".moves", "600000", "the rule can never move anything"),
                problem("senders outside the cost accounting dimensions", rule -> rule.replace("{dimension: CostCenter, nodes: [ALL]}",
                        "{dimension: Department, values: [D1]}"), RULES + ".senders.dimension", "Department", "cost accounting"));
    }

    private static Arguments problem(String name, UnaryOperator<String> broken, String field, String value, String reason) {
        return Arguments.of(name, broken.apply(RULE), field, value, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void shouldNameTheFieldAndValueAndKeepTheActiveSetupWhenTheVersionHasTheProblem(String problem, String rule,
            String field, String value, String reason) {
        String company = "CR" + UUID.randomUUID().toString().substring(0, 8);
        service.load(company, List.of(file("a.yaml", forCompany(company)), file("x.yaml", CATEGORIES + RULE)), "test");
        long active = service.company(company).orElseThrow().activeSetupId();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> service.load(company,
                List.of(file("a.yaml", forCompany(company)), file("x.yaml", CATEGORIES + rule)), "test"));

        assertThat(refused).as(problem).isNotNull();
        assertThat(refused.errors()).as(problem).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("x.yaml");
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.value()).isEqualTo(value);
            assertThat(error.reason()).contains(reason);
        });
        assertThat(service.company(company).orElseThrow().activeSetupId()).isEqualTo(active);
        assertThat(service.history(company)).singleElement().satisfies(version -> assertThat(version.setupId()).isEqualTo(active));
    }
}
