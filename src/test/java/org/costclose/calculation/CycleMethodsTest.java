package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.calculation.EngineFixture.center;

import org.costclose.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Three mutually serving service departments, the textbook data of src/test/resources/calculation/
 * textbook-cycles.md (set 4): expertsmind.com, "Example of Methods of Allocating Service Costs",
 * https://expertsmind.com/questions/example-of-methods-of-allocating-service-costs-30131914.aspx. Own costs
 * S1 92,400, S2 184,800, S3 138,600, production departments PD1 400,000 and PD2 500,000; units of service as
 * published. Published results: direct PD1 604,600 / PD2 711,200; step-down (S1, S2, S3) 573,360 / 742,440.
 */
class CycleMethodsTest {

    private static final String VERSION = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                cycleMethod: METHOD
                steps:
                  - id: S1
                    name: Service 1
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [S1]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S2, S3, PD1, PD2]}
                        basis: {quantities: {S2: 1000, S3: 2000, PD1: 4000, PD2: 3000}}
                  - id: S2
                    name: Service 2
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [S2]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S1, S3, PD1, PD2]}
                        basis: {quantities: {S1: 2000, S3: 4000, PD1: 10000, PD2: 4000}}
                  - id: S3
                    name: Service 3
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [S3]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S1, S2, PD1, PD2]}
                        basis: {quantities: {S1: 4500, PD1: 1500, PD2: 9000}}
            """;

    private static EngineFixture plant(String method) {
        return new EngineFixture(VERSION.replace("METHOD", method))
                .cost(center("S1"), "600000", 0, 92_400_00).cost(center("S2"), "600000", 0, 184_800_00)
                .cost(center("S3"), "600000", 0, 138_600_00).cost(center("PD1"), "600000", 0, 400_000_00)
                .cost(center("PD2"), "600000", 0, 500_000_00);
    }

    @Test
    void shouldMatchThePublishedDirectMethodWhenServiceToServiceFlowsAreIgnored() {
        EngineFixture plant = plant("direct");

        plant.run();

        assertThat(plant.total(center("PD1"), "600000")).isEqualTo(604_600_00);
        assertThat(plant.total(center("PD2"), "600000")).isEqualTo(711_200_00);
        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("S2"), "600000")).isZero();
        assertThat(plant.total(center("S3"), "600000")).isZero();
        assertThat(plant.sumOfPostings()).isZero();
    }

    @Test
    void shouldMatchThePublishedStepDownMethodWhenDepartmentsSendInOrderAndNeverBack() {
        EngineFixture plant = plant("stepDown");

        plant.run();

        assertThat(plant.total(center("PD1"), "600000")).isEqualTo(573_360_00);
        assertThat(plant.total(center("PD2"), "600000")).isEqualTo(742_440_00);
        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("S2"), "600000")).isZero();
        assertThat(plant.total(center("S3"), "600000")).isZero();
    }

    /** the exact solution S1 177,000, S2 202,500, S3 214,500 (checked by substitution in textbook-cycles.md) */
    @Test
    void shouldSolveTheThreeDepartmentsSimultaneouslyWhenTheMethodIsReciprocal() {
        EngineFixture plant = plant("reciprocal");

        plant.run();

        // S1 177,000 × 0.4 + S2 202,500 × 0.5 + S3 214,500 × 0.1 = 193,500 onto PD1's 400,000
        assertThat(plant.total(center("PD1"), "600000")).isEqualTo(593_500_00);
        assertThat(plant.total(center("PD2"), "600000")).isEqualTo(722_300_00);
        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("S2"), "600000")).isZero();
        assertThat(plant.total(center("S3"), "600000")).isZero();
        assertThat(plant.sumOfPostings()).isZero();
        long sentByS1 = plant.postings.stream().filter(posting -> posting.side() == Posting.CREDIT
                && posting.node().equals(center("S1"))).mapToLong(posting -> -posting.money().total()).sum();
        assertThat(sentByS1).isEqualTo(177_000_00);
    }

    @Test
    void shouldClearEveryMemberToTheCentWhenTheExactSolutionHasFractions() {
        EngineFixture plant = new EngineFixture(VERSION.replace("METHOD", "reciprocal"))
                .cost(center("S1"), "600000", 1, 100_00).cost(center("S2"), "600000", 0, 33_33)
                .cost(center("S3"), "600000", 7, 1_00);

        plant.run();

        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("S2"), "600000")).isZero();
        assertThat(plant.total(center("S3"), "600000")).isZero();
        assertThat(plant.book.money(center("S1"), "600000")).isEqualTo(Money.ZERO);
        assertThat(plant.total(center("PD1"), "600000") + plant.total(center("PD2"), "600000")).isEqualTo(134_41);
        assertThat(plant.sumOfPostings()).isZero();
    }

    @Test
    void shouldNameTheMembersWhenACycleAbsorbsNothing() {
        EngineFixture plant = new EngineFixture(VERSION.replace("METHOD", "reciprocal")
                .replace("{quantities: {S1: 2000, S3: 4000, PD1: 10000, PD2: 4000}}", "{quantities: {S1: 1}}")
                .replace("{quantities: {S2: 1000, S3: 2000, PD1: 4000, PD2: 3000}}", "{quantities: {S2: 1}}"))
                .cost(center("S1"), "600000", 0, 10_00);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, plant::run);

        assertThat(thrown.errors()).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("no receiver outside them absorbs any")
                        .contains("CostCenter S1, CostCenter S2"));
    }

    private static final String LOOP = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                steps:
                  - id: S
                    name: Services
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [S1]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S2, S3]}
                        basis: {quantities: {S2: 7, S3: 3}}
                      - senders: {dimension: CostCenter, values: [S2]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S1]}
                        basis: {percentages: {S1: 100}}
                      - senders: {dimension: CostCenter, values: [S3]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [S1, PD1]}
                        basis: {quantities: {S1: 13, PD1: 7}}
            """;

    /**
     * S1 and S2 send only to each other's side of the cycle (S1's largest receiver is S2, S2's only one is S1):
     * a unit of rounding left on either must travel on through S3, the only member with a receiver outside.
     */
    @Test
    void shouldClearEveryMemberWhenTheLargestReceiversOfSomeMembersLeadRoundInsideTheCycle() {
        EngineFixture plant = new EngineFixture(LOOP).cost(center("S1"), "600000", 0, 740_16)
                .cost(center("S2"), "600000", 0, 354_36).cost(center("S3"), "600000", 0, 52_88);

        plant.run();

        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("S2"), "600000")).isZero();
        assertThat(plant.total(center("S3"), "600000")).isZero();
        assertThat(plant.total(center("PD1"), "600000")).isEqualTo(1147_40);
    }

    @Test
    void shouldNameTheMemberWhenItsBasisIsZeroForEveryReceiverInsideACycle() {
        EngineFixture plant = new EngineFixture(LOOP.replace("{quantities: {S2: 7, S3: 3}}", "{lineStructure: LS, line: MT}"))
                .cost(center("S1"), "600000", 0, 100_00).cost(center("S3"), "600000", 0, 50_00);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, plant::run);

        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[ACTUAL].steps[S].rules[0]");
            assertThat(error.value()).isEqualTo("S1");
            assertThat(error.reason()).contains("(balance of line LS/MT) is zero for every receiver of CostCenter S1");
        });
    }

    /** 1/6 + 1/6 + 4/6, each share rounded half-even to 34 digits, would add up to a little more than 1 */
    @Test
    void shouldSolveTheCycleWhenAMemberSendsAllItsCostToMembersInSharesThatDoNotEndInDecimals() {
        String power = """
                      - senders: {dimension: CostCenter, values: [POWER]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [PD1]}
                        basis: {percentages: {PD1: 100}}
            """;
        EngineFixture plant = new EngineFixture((LOOP + power)
                .replace("receivers: {dimension: CostCenter, values: [S2, S3]}", "receivers: {dimension: CostCenter, values: [S2, S3, POWER]}")
                .replace("{quantities: {S2: 7, S3: 3}}", "{quantities: {S2: 1, S3: 1, POWER: 4}}"))
                .cost(center("S1"), "600000", 0, 600_00);

        plant.run();

        assertThat(plant.total(center("S1"), "600000")).isZero();
        assertThat(plant.total(center("PD1"), "600000")).isEqualTo(600_00);
    }
}
