package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.costclose.setup.model.CalculationStep;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostSelection;
import org.costclose.setup.model.CycleMethod;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StepKind;
import org.costclose.setup.model.StepRule;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;

/**
 * Runs a calculation version's steps over a balance book, in the order given: each rule moves each sender's
 * selected cost to the receivers by the basis, split cent-exact by largest remainder (fixed and variable part
 * each), and every move is posted twice (debit on the receiver, credit on the sender), so the postings sum to
 * zero. Problems (unknown values, a basis that cannot split a sender's cost) are collected and thrown together.
 */
final class CalculationEngine {

    static final String TITLE = "The calculation cannot run";
    private static final int SHARE_SCALE = 12;

    private final CompanySetup setup;
    private final CalculationVersion version;
    private final BalanceBook book;
    private final ServiceFlows flows;
    private final List<PlannedRule> plan;
    private final RateSteps rateSteps;
    private final List<InputError> problems = new ArrayList<>();
    /** by identity: a planned rule hashes its senders and receivers */
    private final Map<PlannedRule, RuleBasis> bases = new IdentityHashMap<>();
    /** per cost selection of a line: whether the line covers a category */
    private final Map<CostSelection, Map<String, Boolean>> covered = new IdentityHashMap<>();

    CalculationEngine(CompanySetup setup, CalculationVersion version, ValueDirectory values, BalanceBook book,
            ServiceFlows flows) {
        this(setup, version, values, book, flows, PlannedRates.NONE);
    }

    CalculationEngine(CompanySetup setup, CalculationVersion version, ValueDirectory values, BalanceBook book,
            ServiceFlows flows, PlannedRates plannedRates) {
        this.setup = setup;
        this.version = version;
        this.book = book;
        this.flows = flows;
        this.plan = plan(values);
        this.rateSteps = new RateSteps(this, flows, plannedRates, setup.company().minorUnit());
    }

    /** posts every move to {@code sink}; throws {@link InvalidInputException} naming every problem */
    void run(Consumer<Posting> sink) {
        run(sink, rate -> { });
    }

    /**
     * posts every move to {@code sink} and every actual cost rate a cost rate calculation works out to
     * {@code rates}; throws {@link InvalidInputException} naming every problem
     */
    void run(Consumer<Posting> sink, Consumer<ActualRate> rates) {
        throwIfProblems();
        CostCycles cycles = new CostCycles(plan, flows);
        BiPredicate<Node, Node> receives = receives(cycles);
        Map<PlannedRule, List<ReciprocalCycle>> solvedAt = new HashMap<>();
        Map<Node, PlannedRule> solvedBy = new HashMap<>();
        if (version.cycleMethod() == CycleMethod.RECIPROCAL) {
            planReciprocal(cycles, solvedAt, solvedBy);
            throwIfProblems();
        }
        for (PlannedRule rule : plan) {
            switch (rule.step().kind()) {
                case INTERNAL_COST_ALLOCATION -> rateSteps.charge(rule, sink);
                case COST_RATE_CALCULATION -> rateSteps.rates(rule, rates);
                case DISTRIBUTION, ALLOCATION -> {
                    solvedAt.getOrDefault(rule, List.of()).forEach(cycle -> cycle.solve(sink));
                    // a cycle member's rule of its cycle has been run by the cycle's solution
                    apply(rule, sender -> solvedBy.get(sender) != rule, receives, sink);
                }
            }
        }
        throwIfProblems();
    }

    /**
     * Each cycle is solved where its first rule runs; a member must send through exactly one rule of its cycle,
     * and a cycle's rules are all distributions or all allocations (a distribution re-sends what arrives under the
     * category it arrived in, an allocation under its own categories).
     */
    private void planReciprocal(CostCycles cycles, Map<PlannedRule, List<ReciprocalCycle>> solvedAt,
            Map<Node, PlannedRule> solvedBy) {
        for (List<Node> members : cycles.cycles()) {
            Map<Node, PlannedRule> ruleOf = new LinkedHashMap<>();
            Set<StepKind> kinds = new HashSet<>();
            PlannedRule first = null;
            for (PlannedRule rule : plan) {
                if (!rule.step().kind().sharesCost()) {
                    continue;
                }
                for (Node member : members) {
                    if (rule.senders().contains(member)
                            && rule.receivers().stream().anyMatch(receiver -> cycles.sameCycle(member, receiver))) {
                        PlannedRule earlier = ruleOf.putIfAbsent(member, rule);
                        if (earlier != null) {
                            problem(rule, member.value(), member + " sends within its cycle through two rules ("
                                    + earlier.label() + " and " + rule.label() + "); the reciprocal method needs one");
                        }
                        kinds.add(rule.step().kind());
                        first = first == null ? rule : first;
                    }
                }
            }
            if (kinds.size() > 1) {
                problem(first, null, "the cycle " + members + " mixes distributions and allocations; the reciprocal"
                        + " method needs one kind");
            }
            solvedAt.computeIfAbsent(first, key -> new ArrayList<>()).add(new ReciprocalCycle(this, members, ruleOf));
            solvedBy.putAll(ruleOf);
        }
    }

    /**
     * Which receiver may take a sender's cost under the version's cycle method: outside cycles always; within a
     * cycle, with the direct method never, with step-down only while the receiver has not sent yet (the given
     * order, never sending back). Reciprocal cycles are solved by {@link ReciprocalCycle}.
     */
    private BiPredicate<Node, Node> receives(CostCycles cycles) {
        if (cycles.cycles().isEmpty()) {
            return (sender, receiver) -> true;
        }
        return switch (version.cycleMethod()) {
            case DIRECT -> (sender, receiver) -> !cycles.sameCycle(sender, receiver);
            case STEP_DOWN -> {
                Set<Node> sent = new HashSet<>();
                yield (sender, receiver) -> {
                    sent.add(sender);
                    return !cycles.sameCycle(sender, receiver) || !sent.contains(receiver);
                };
            }
            case RECIPROCAL -> (sender, receiver) -> true;
        };
    }

    private List<PlannedRule> plan(ValueDirectory values) {
        List<PlannedRule> rules = new ArrayList<>();
        List<CalculationStep> steps = version.steps();
        for (int s = 0; s < steps.size(); s++) {
            List<StepRule> stepRules = steps.get(s).rules();
            for (int r = 0; r < stepRules.size(); r++) {
                StepRule rule = stepRules.get(r);
                List<String> unknownSenders = new ArrayList<>();
                List<String> unknownReceivers = new ArrayList<>();
                var planned = new PlannedRule(s + 1, steps.get(s), r + 1, rule,
                        values.resolve(rule.senders(), unknownSenders), rule.receivers() == null ? List.of()
                        : values.resolve(rule.receivers(), unknownReceivers));
                unknownSenders.forEach(code -> problem(planned, code, "unknown sender value of " + rule.senders().dimension()));
                unknownReceivers.forEach(code -> problem(planned, code, "unknown receiver value of "
                        + rule.receivers().dimension()));
                rules.add(planned);
            }
        }
        return rules;
    }

    /**
     * moves the cost of each sender that {@code sends}; {@code receives} says whether a receiver may take a
     * sender's cost at all
     */
    private void apply(PlannedRule rule, Predicate<Node> sends, BiPredicate<Node, Node> receives, Consumer<Posting> sink) {
        RuleBasis basis = basis(rule);
        for (Node sender : rule.senders()) {
            if (!sends.test(sender)) {
                continue;
            }
            List<Node> receivers = rule.receivers().stream()
                    .filter(receiver -> !receiver.equals(sender) && receives.test(sender, receiver)).toList();
            List<Moved> moved = moved(rule.rule().moves(), sender);
            if (moved.isEmpty()) {
                continue;
            }
            List<BigDecimal> weights = basis.weights(sender, receivers, this::problem);
            if (weights == null) {
                continue;
            }
            BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() <= 0) {
                problem(rule, sender.value(), "the basis (" + basis.describe() + ") is zero for every receiver of "
                        + sender + ", which has " + moved.size() + " categories of cost to move");
                continue;
            }
            post(rule, sender, moved, Shares.positive(receivers, weights, total), sink);
        }
    }

    /**
     * The receivers a sender's cost is split among with their weights and shares, worked out once per sender for
     * all its categories. Only receivers of a positive weight: with no negative weight a zero weight's part is
     * zero and its remainder zero, and the units left over by rounding down never reach a zero remainder (the
     * remainders add up to the units left × the total weight, each below the total), so leaving them out of the
     * largest-remainder split changes no part; the others keep their order, so ties go the same way.
     */
    record Shares(List<Node> receivers, List<BigDecimal> weights, List<BigDecimal> shares, BigDecimal total,
            LargestRemainder.Weights split) {

        static Shares positive(List<Node> receivers, List<BigDecimal> weights, BigDecimal total) {
            List<Node> kept = new ArrayList<>();
            List<BigDecimal> keptWeights = new ArrayList<>();
            List<BigDecimal> shares = new ArrayList<>();
            for (int i = 0; i < receivers.size(); i++) {
                if (weights.get(i).signum() > 0) {
                    kept.add(receivers.get(i));
                    keptWeights.add(weights.get(i));
                    shares.add(share(weights.get(i), total));
                }
            }
            return new Shares(kept, keptWeights, shares, total, new LargestRemainder.Weights(keptWeights));
        }
    }

    /** the rule's basis, made once per rule */
    private RuleBasis basis(PlannedRule rule) {
        return bases.computeIfAbsent(rule, key -> new RuleBasis(key, setup, book, flows));
    }

    record Moved(String category, Money money) {
    }

    /** the sender's cost the rule selects, per category, read before any of it moves */
    List<Moved> moved(CostSelection moves, Node sender) {
        List<String> categories;
        if (moves.line() == null) {
            categories = moves.categories().stream().sorted().toList();
        } else {
            Map<String, Boolean> covered = this.covered.computeIfAbsent(moves, key -> new HashMap<>());
            categories = book.categories(sender).stream()
                    .filter(id -> covered.computeIfAbsent(id, key -> covers(moves, key))).toList();
        }
        List<Moved> moved = new ArrayList<>();
        for (String category : categories) {
            Money money = book.money(sender, category);
            Money part = switch (moves.part()) {
                case TOTAL -> money;
                case FIXED -> new Money(money.fixed(), 0);
                case VARIABLE -> new Money(0, money.variable());
            };
            if (!part.isZero()) {
                moved.add(new Moved(category, part));
            }
        }
        return moved;
    }

    private boolean covers(CostSelection moves, String category) {
        LineStructure structure = setup.lineStructure(moves.lineStructure()).orElseThrow();
        return structure.covers(structure.line(moves.line()).orElseThrow(), category);
    }

    /** each category of the sender's cost split by largest remainder (fixed and variable part each) and posted */
    private void post(PlannedRule rule, Node sender, List<Moved> moved, Shares shares, Consumer<Posting> sink) {
        boolean allocation = rule.step().kind() == StepKind.ALLOCATION;
        for (Moved cost : moved) {
            long[] fixed = shares.split().split(cost.money().fixed());
            long[] variable = shares.split().split(cost.money().variable());
            String debited = allocation ? rule.rule().allocationCategory() : cost.category();
            String credited = allocation ? rule.rule().offsetCategory() : cost.category();
            for (int i = 0; i < shares.receivers().size(); i++) {
                Money part = new Money(fixed[i], variable[i]);
                if (!part.isZero()) {
                    postShare(rule, sender, shares.receivers().get(i), cost.category(), debited, credited,
                            shares.weights().get(i), shares.shares().get(i), null, part, sink);
                }
            }
        }
    }

    /** one move as a debit on the receiver and a credit on the sender, followed in the book */
    void post(PlannedRule rule, Node sender, Node receiver, String sourceCategory, String debited, String credited,
            BigDecimal weight, BigDecimal total, Money part, Consumer<Posting> sink) {
        post(rule, sender, receiver, sourceCategory, debited, credited, weight, total, null, part, sink);
    }

    /** the same, for a charge at a cost rate ({@code rate} per unit of {@code weight}, null for a share) */
    void post(PlannedRule rule, Node sender, Node receiver, String sourceCategory, String debited, String credited,
            BigDecimal weight, BigDecimal total, BigDecimal rate, Money part, Consumer<Posting> sink) {
        postShare(rule, sender, receiver, sourceCategory, debited, credited, weight, share(weight, total), rate, part, sink);
    }

    /** the receiver's share of the sender's cost, {@code weight / total} rounded half-even to 12 places */
    static BigDecimal share(BigDecimal weight, BigDecimal total) {
        return weight.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** the same with the share worked out: {@link #share} of the weight */
    void postShare(PlannedRule rule, Node sender, Node receiver, String sourceCategory, String debited,
            String credited, BigDecimal weight, BigDecimal share, BigDecimal rate, Money part, Consumer<Posting> sink) {
        sink.accept(new Posting(rule.stepNo(), rule.step().id(), rule.ruleNo(), Posting.DEBIT, debited, receiver,
                sender, sourceCategory, weight, share, rate, part));
        sink.accept(new Posting(rule.stepNo(), rule.step().id(), rule.ruleNo(), Posting.CREDIT, credited, sender,
                receiver, sourceCategory, weight, share, rate, part.negate()));
        book.add(receiver, debited, part);
        book.add(sender, credited, part.negate());
    }

    /** the receivers' weights under the rule's basis now, or null after reporting a negative one */
    List<BigDecimal> weights(PlannedRule rule, Node sender, List<Node> receivers) {
        return basis(rule).weights(sender, receivers, this::problem);
    }

    String describeBasis(PlannedRule rule) {
        return new RuleBasis(rule, setup, book, flows).describe();
    }

    void problem(PlannedRule rule, String value, String reason) {
        problems.add(new InputError(null, null, "calculationVersions[" + version.id() + "].steps[" + rule.step().id()
                + "].rules[" + (rule.ruleNo() - 1) + "]", value, reason));
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(TITLE, problems);
        }
    }
}
