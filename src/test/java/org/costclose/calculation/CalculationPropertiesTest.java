package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.costclose.calculation.ExactReciprocal.Fraction;
import org.costclose.calculation.RandomPlant.Shape;
import org.costclose.shared.InvalidInputException;

/**
 * Whole engine runs on random plants ({@link RandomPlant}: services serving each other in cycles, production
 * centers, products; every basis kind; distributions or allocations) under each cycle method: cost is conserved to
 * the cent, the same input gives the same postings, the reciprocal result is the exact solution rounded (every
 * member's total, every receipt outside the cycle and every posting is its exact value rounded down or up, as
 * {@link ReciprocalCycle} promises), and a closed cycle is refused naming its members.
 */
class CalculationPropertiesTest {

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("reciprocal", "stepDown", "direct");
    }

    @Property(tries = 300)
    void shouldConserveEveryCentWhenAnyPlantIsCalculated(@ForAll("methods") String method, @ForAll long seed) {
        RandomPlant plant = new RandomPlant(seed, method, Shape.ANY);
        EngineFixture fixture = plant.fixture(null);
        Map<String, Money> before = balances(plant, fixture);

        List<Posting> postings = fixture.run();

        assertThat(fixture.sumOfPostings()).isZero();
        Map<String, Money> sentByRule = new HashMap<>();
        for (int k = 0; k < postings.size(); k += 2) {
            Posting debit = postings.get(k);
            Posting credit = postings.get(k + 1);
            assertThat(debit.side()).isEqualTo(Posting.DEBIT);
            assertThat(credit.side()).isEqualTo(Posting.CREDIT);
            assertThat(credit.money()).isEqualTo(debit.money().negate());
            assertThat(List.of(credit.node(), credit.counter())).containsExactly(debit.counter(), debit.node());
            sentByRule.merge(debit.stepNo() + "/" + debit.ruleNo() + "/" + debit.counter(), debit.money(), Money::plus);
            sentByRule.merge(credit.stepNo() + "/" + credit.ruleNo() + "/" + credit.node(), credit.money(), Money::plus);
        }
        assertThat(sentByRule.values()).allMatch(Money::isZero);
        Map<String, Money> after = new HashMap<>(before);
        postings.forEach(posting -> after.merge(posting.node() + "/" + posting.category(), posting.money(), Money::plus));
        after.values().removeIf(Money::isZero);
        assertThat(balances(plant, fixture)).isEqualTo(after);
    }

    @Property(tries = 200)
    void shouldPostTheSameCentsWhenTheSameInputComesInAnotherOrder(@ForAll("methods") String method, @ForAll long seed) {
        RandomPlant plant = new RandomPlant(seed, method, Shape.ANY);

        List<Posting> inOrder = plant.fixture(null).run();
        List<Posting> shuffled = plant.fixture(new Random(seed + 1)).run();

        assertThat(shuffled).isEqualTo(inOrder);
    }

    @Property(tries = 100)
    void shouldNameTheMembersWhenACycleKeepsAllItsCost(@ForAll long seed) {
        RandomPlant plant = new RandomPlant(seed, "reciprocal", Shape.CLOSED);
        EngineFixture fixture = plant.fixture(null);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, fixture::run);

        List<Node> members = plant.closed.stream().sorted().map(RandomPlant::center).toList();
        assertThat(thrown).as("a closed cycle of %s", members).isNotNull();
        assertThat(thrown.errors()).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("no receiver outside them absorbs any").endsWith(": " + members));
    }

    /** the services' steps' postings on a cost center from a source category, one part, in cents */
    private static long posted(List<Posting> postings, char side, String center, String category, boolean fixed) {
        return postings.stream().filter(posting -> !posting.stepId().equals("Z") && posting.side() == side
                        && posting.node().equals(RandomPlant.center(center)) && posting.sourceCategory().equals(category))
                .mapToLong(posting -> fixed ? posting.money().fixed() : posting.money().variable()).sum();
    }

    /** what the services' steps moved from one cost center to another from a source category, one part, in cents */
    private static long moved(List<Posting> postings, OneCycleSolution.Flow flow, String category, boolean fixed) {
        return postings.stream().filter(posting -> !posting.stepId().equals("Z") && posting.side() == Posting.DEBIT
                        && posting.node().equals(RandomPlant.center(flow.receiver()))
                        && posting.counter().equals(RandomPlant.center(flow.sender())) && posting.sourceCategory().equals(category))
                .mapToLong(posting -> fixed ? posting.money().fixed() : posting.money().variable()).sum();
    }

    /** the cents are the exact amount rounded down or up: exactly it when it is whole */
    private static void assertRounded(long cents, Fraction exact, String what) {
        assertThat(BigInteger.valueOf(cents)).as("%s: exact %s", what, exact.toDecimal(6))
                .isBetween(exact.floor(), exact.ceiling());
    }

    @Property(tries = 300)
    void shouldPostTheExactReciprocalSolutionRoundedDownOrUpWhenTheServicesFormOneCycle(@ForAll long seed) {
        RandomPlant plant = new RandomPlant(seed, "reciprocal", Shape.ONE_CYCLE);
        EngineFixture fixture = plant.fixture(null);

        List<Posting> postings = fixture.run();

        OneCycleSolution solution = new OneCycleSolution(plant);
        for (String category : List.of(RandomPlant.WAGES, RandomPlant.MATERIAL)) {
            for (boolean fixed : new boolean[] {true, false}) {
                String column = (fixed ? "fixed " : "variable ") + category;
                OneCycleSolution.Column exact = solution.column(category, fixed);
                long own = 0;
                for (Map.Entry<String, Fraction> total : exact.totals().entrySet()) {
                    String member = total.getKey();
                    long sent = -posted(postings, Posting.CREDIT, member, category, fixed);
                    assertRounded(sent, total.getValue(), column + " total of " + member);
                    long selected = plant.selected(plant.ruleOf(member), member, category, fixed);
                    long received = posted(postings, Posting.DEBIT, member, category, fixed);
                    assertThat(selected + received - sent).as("what %s keeps", member).isZero();
                    own += selected;
                }
                long receipts = 0;
                for (Map.Entry<String, Fraction> receipt : exact.receipts().entrySet()) {
                    long received = posted(postings, Posting.DEBIT, receipt.getKey(), category, fixed);
                    assertRounded(received, receipt.getValue(), column + " receipt of " + receipt.getKey());
                    receipts += received;
                }
                assertThat(receipts).as("what leaves the cycle").isEqualTo(own);
                for (OneCycleSolution.Flow flow : exact.flows()) {
                    assertRounded(moved(postings, flow, category, fixed), flow.exact(),
                            column + " from " + flow.sender() + " to " + flow.receiver());
                }
            }
        }
    }

    /** every node's money per category, each entry as it stands in the book */
    private static Map<String, Money> balances(RandomPlant plant, EngineFixture fixture) {
        Map<String, Money> balances = new HashMap<>();
        for (Node node : plant.nodes()) {
            for (String category : RandomPlant.MONEY) {
                Money money = fixture.book.money(node, category);
                if (!money.isZero()) {
                    balances.put(node + "/" + category, money);
                }
            }
        }
        return balances;
    }
}
