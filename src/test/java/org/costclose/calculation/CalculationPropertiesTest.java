package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
 * the cent, the same input gives the same postings, the reciprocal result is the exact solution rounded as far as
 * {@link ReciprocalCycle} promises, and a closed cycle is refused naming its members.
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

    /** the bound is {@link OneCycleSolution}'s, derived from how {@link ReciprocalCycle} rounds */
    @Property(tries = 300)
    void shouldSendTheExactReciprocalTotalsWithinTheirRoundingWhenTheServicesFormOneCycle(@ForAll long seed) {
        RandomPlant plant = new RandomPlant(seed, "reciprocal", Shape.ONE_CYCLE);
        EngineFixture fixture = plant.fixture(null);

        List<Posting> postings = fixture.run();

        OneCycleSolution solution = new OneCycleSolution(plant);
        for (String category : List.of(RandomPlant.WAGES, RandomPlant.MATERIAL)) {
            for (boolean fixed : new boolean[] {true, false}) {
                long own = 0;
                long receipts = 0;
                for (OneCycleSolution.Expected expected : solution.column(category, fixed)) {
                    boolean member = plant.services.contains(expected.node());
                    long posted = member ? -posted(postings, Posting.CREDIT, expected.node(), category, fixed)
                            : posted(postings, Posting.DEBIT, expected.node(), category, fixed);
                    Fraction off = Fraction.of(posted).minus(expected.exact());
                    assertThat(off.isZero() || off.num().abs().multiply(expected.bound().den())
                            .compareTo(expected.bound().num().multiply(off.den())) < 0)
                            .as("%s %s of %s: posted %s, exact %s, bound %s", fixed ? "fixed" : "variable", category,
                                    expected.node(), posted, expected.exact().toDecimal(4), expected.bound().toDecimal(4))
                            .isTrue();
                    if (member) {
                        long selected = plant.selected(plant.ruleOf(expected.node()), expected.node(), category, fixed);
                        long received = posted(postings, Posting.DEBIT, expected.node(), category, fixed);
                        assertThat(selected + received - posted).as("what %s keeps", expected.node()).isZero();
                        own += selected;
                    } else {
                        receipts += posted;
                    }
                }
                assertThat(receipts).isEqualTo(own);
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
