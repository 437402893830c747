package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.costclose.setup.model.BasisKind;

/**
 * A random plant for the engine's properties, reproducible from a seed: service cost centers S1..Sk that serve each
 * other (one rule each, all distributions or all allocations, in one or two steps) and always some production cost
 * center D1..Dm, production centers, and a last allocation from every cost center onto the products P1..Pq. Every
 * basis kind occurs; every sender has a receiver with a positive basis outside the services, so no cycle is closed
 * (unless {@link Shape#CLOSED} asks for one) and no sender with cost meets a basis of zero.
 */
final class RandomPlant {

    enum Shape {
        /** the services send to random services, so the cycles are whatever comes out */
        ANY,
        /** the services form one cycle: each also sends to the next one round */
        ONE_CYCLE,
        /** like ANY, but the services S1..Sc send 100 % round among themselves */
        CLOSED
    }

    record Cost(Node node, String category, long fixed, long variable) {
    }

    record Flow(String category, Node sender, Node receiver, BigDecimal quantity) {
    }

    /** one rule of the version; {@code weights} for percentages and quantities, the line for line balances */
    record Rule(String stepId, List<String> senders, String receiverDimension, List<String> receivers, Moves moves,
            BasisKind basis, Map<String, BigDecimal> weights, String line) {
    }

    /** what a rule moves: the YAML, the categories it selects on a cost center before anything moved, the part */
    record Moves(String yaml, List<String> categories, String part) {
    }

    static final String WAGES = "600000";
    static final String MATERIAL = "610000";
    static final List<String> MONEY = List.of(WAGES, MATERIAL, "ALLOC", "OFF");

    final String method;
    final boolean allocations;
    final List<String> services = new ArrayList<>();
    final List<String> productions = new ArrayList<>();
    final List<String> products = new ArrayList<>();
    final List<Cost> costs = new ArrayList<>();
    final Map<Node, BigDecimal> area = new LinkedHashMap<>();
    final List<Flow> flows = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<String> closed = new ArrayList<>();
    private final Random random;
    private final boolean credits;

    RandomPlant(long seed, String method, Shape shape) {
        this.random = new Random(seed);
        this.method = method;
        this.allocations = random.nextBoolean();
        // credits (negative cost) would make balance bases negative: then only static bases and the area line
        this.credits = shape == Shape.ONE_CYCLE || random.nextInt(3) == 0;
        name(services, "S", 2 + random.nextInt(shape == Shape.ONE_CYCLE ? 5 : 4));
        name(productions, "D", 1 + random.nextInt(3));
        name(products, "P", 1 + random.nextInt(3));
        if (shape == Shape.CLOSED) {
            closed.addAll(services.subList(0, 1 + random.nextInt(services.size())));
        }
        input(shape == Shape.ONE_CYCLE);
        String[] steps = random.nextBoolean() ? new String[] {"A", "A"} : new String[] {"A", "B"};
        for (int s = 0; s < services.size(); s++) {
            rules.add(serviceRule(steps[s % 2], s, shape));
        }
        rules.sort(Comparator.comparing(Rule::stepId));
        rules.add(productRule());
    }

    static Node center(String code) {
        return new Node("CostCenter", code);
    }

    static Node product(String code) {
        return new Node("CostPurpose", code);
    }

    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        centers().forEach(code -> nodes.add(center(code)));
        products.forEach(code -> nodes.add(product(code)));
        return nodes;
    }

    List<String> centers() {
        List<String> centers = new ArrayList<>(services);
        centers.addAll(productions);
        return centers;
    }

    /** the setup and version as YAML; {@code shuffle} lists values, categories and rules' values in another order */
    String yaml(Random shuffle) {
        return PlantYaml.of(this, shuffle);
    }

    /** the plant's input on a fixture, in the given order (shuffled when {@code shuffle} is given) */
    EngineFixture fixture(Random shuffle) {
        EngineFixture fixture = EngineFixture.ofSetup(yaml(shuffle));
        List<Runnable> input = new ArrayList<>();
        costs.forEach(cost -> input.add(() -> fixture.cost(cost.node(), cost.category(), cost.fixed(), cost.variable())));
        area.forEach((node, quantity) -> input.add(() -> fixture.book.addQuantity(node, "Area", quantity)));
        flows.forEach(flow -> input.add(() -> fixture.flows.add(flow.category(), flow.sender(), flow.receiver(), flow.quantity())));
        if (shuffle != null) {
            Collections.shuffle(input, shuffle);
        }
        input.forEach(Runnable::run);
        return fixture;
    }

    /** the service's own rule */
    Rule ruleOf(String service) {
        return rules.stream().filter(rule -> rule.senders().equals(List.of(service))).findFirst().orElseThrow();
    }

    /** the cents of one part of a category the rule selects on the cost center before anything moved */
    long selected(Rule rule, String center, String category, boolean fixed) {
        if (!rule.moves().categories().contains(category) || rule.moves().part().equals(fixed ? "variable" : "fixed")) {
            return 0;
        }
        return costs.stream().filter(cost -> cost.node().equals(center(center)) && cost.category().equals(category))
                .mapToLong(cost -> fixed ? cost.fixed() : cost.variable()).sum();
    }

    /** the receiver's weight in the rule for the sender, as the engine reads it before anything moved */
    BigDecimal weight(Rule rule, String sender, String receiver) {
        Node to = rule.receiverDimension().equals("CostCenter") ? center(receiver) : product(receiver);
        return switch (rule.basis()) {
            case PERCENTAGES, QUANTITIES -> rule.weights().getOrDefault(receiver, BigDecimal.ZERO);
            case SERVICE_QUANTITIES -> flows.stream().filter(flow -> flow.sender().equals(center(sender))
                    && flow.receiver().equals(to)).map(Flow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            case STATISTIC -> area.getOrDefault(to, BigDecimal.ZERO);
            case LINE_BALANCE -> rule.line().equals("AR") ? area.getOrDefault(to, BigDecimal.ZERO)
                    : BigDecimal.valueOf(costs.stream().filter(cost -> cost.node().equals(to)
                            && (rule.line().equals("TC") || cost.category().equals(rule.line().equals("MT") ? MATERIAL : WAGES)))
                            .mapToLong(cost -> cost.fixed() + cost.variable()).sum());
        };
    }

    private void input(boolean areaEverywhere) {
        for (String code : centers()) {
            costs.add(new Cost(center(code), WAGES, cents(), cents()));
            if (random.nextBoolean()) {
                costs.add(new Cost(center(code), MATERIAL, cents(), cents()));
            }
        }
        for (String code : products) {
            costs.add(new Cost(product(code), MATERIAL, Math.abs(cents()), Math.abs(cents())));
        }
        costs.add(new Cost(product(products.get(0)), MATERIAL, 1 + random.nextInt(1000), 0));
        centers().forEach(code -> area.put(center(code), areaEverywhere || random.nextInt(3) > 0 ? quantity() : BigDecimal.ZERO));
        products.forEach(code -> area.put(product(code), random.nextInt(3) > 0 ? quantity() : BigDecimal.ZERO));
        area.put(center(productions.get(0)), quantity());
        area.put(product(products.get(0)), quantity());
        for (String code : centers()) {
            flows.add(new Flow("MHP", center(code), product(pick(products)), quantity()));
        }
    }

    /** mostly some cents, sometimes none, a few hundred thousand at most; negative only when credits are on */
    private long cents() {
        int kind = random.nextInt(6);
        long cents = kind == 0 ? 0 : kind == 1 ? random.nextInt(10) : random.nextInt(50_000_000);
        return credits && random.nextInt(5) == 0 ? -cents : cents;
    }

    private BigDecimal quantity() {
        return BigDecimal.valueOf(1 + random.nextInt(5000), random.nextInt(3));
    }

    private Rule serviceRule(String step, int s, Shape shape) {
        String sender = services.get(s);
        // in one cycle, some members send only to members (S1 never, so the cycle has a way out)
        boolean inward = shape == Shape.ONE_CYCLE && s > 0 && random.nextInt(3) == 0;
        List<String> receivers = new ArrayList<>();
        List<String> positive = new ArrayList<>();
        if (closed.contains(sender)) {
            // round the closed group; a single member sends to itself, which a rule cannot: it takes the next service
            positive.add(closed.size() > 1 ? closed.get((closed.indexOf(sender) + 1) % closed.size()) : services.get((s + 1) % services.size()));
            if (closed.size() == 1) {
                closed.add(positive.get(0));
            }
        } else {
            if (!inward) {
                positive.add(outside(pick(productions)));
            }
            if (shape == Shape.ONE_CYCLE) {
                positive.add(services.get((s + 1) % services.size()));
            }
        }
        receivers.addAll(positive);
        List<String> others = new ArrayList<>(centers());
        others.remove(sender);
        if (!closed.contains(sender)) {
            // services more often than not, so that cycles are common
            others.stream().filter(code -> !receivers.contains(code) && (!inward || code.startsWith("S"))
                            && random.nextInt(3) < (code.startsWith("S") ? 2 : 1))
                    .forEach(receivers::add);
        }
        return rule(step, List.of(sender), "CostCenter", receivers, positive, moves(true));
    }

    /** a production center with area, so that area bases give it a share */
    private String outside(String production) {
        return area.get(center(production)).signum() > 0 ? production : productions.get(0);
    }

    private Rule productRule() {
        return rule("Z", List.of("ALL"), "CostPurpose", products, List.of(products.get(0)), moves(false));
    }

    private Moves moves(boolean service) {
        String part = List.of("total", "total", "fixed", "variable").get(random.nextInt(4));
        String yamlPart = part.equals("total") ? "" : ", part: " + part;
        return switch (random.nextInt(service ? 4 : 2)) {
            case 0 -> new Moves("{lineStructure: LS, line: TC" + yamlPart + "}", List.of(WAGES, MATERIAL), part);
            case 1 -> service ? new Moves("{lineStructure: LS, line: WG" + yamlPart + "}", List.of(WAGES), part)
                    : new Moves("{lineStructure: LS, line: TC}", List.of(WAGES, MATERIAL), "total");
            case 2 -> new Moves("{categories: [\"600000\"]" + yamlPart + "}", List.of(WAGES), part);
            default -> new Moves("{categories: [\"600000\", \"610000\"]" + yamlPart + "}", List.of(WAGES, MATERIAL), part);
        };
    }

    /** a rule with a random basis kind that gives every receiver in {@code positive} a positive weight */
    private Rule rule(String step, List<String> senders, String dimension, List<String> receivers, List<String> positive,
            Moves moves) {
        boolean closing = senders.size() == 1 && closed.contains(senders.get(0));
        List<BasisKind> kinds = closing ? List.of(BasisKind.PERCENTAGES, BasisKind.QUANTITIES) : List.of(BasisKind.values());
        BasisKind kind = kinds.get(random.nextInt(kinds.size()));
        Map<String, BigDecimal> weights = new TreeMap<>();
        String line = null;
        switch (kind) {
            case PERCENTAGES -> weights.putAll(percentages(receivers, positive));
            case QUANTITIES -> receivers.stream().filter(code -> positive.contains(code) || random.nextBoolean())
                    .forEach(code -> weights.put(code, positive.contains(code) ? quantity() : quantity().multiply(BigDecimal.valueOf(random.nextInt(2)))));
            case SERVICE_QUANTITIES -> {
                String category = dimension.equals("CostCenter") ? "MHC" : "MHP";
                for (String sender : senders.equals(List.of("ALL")) ? centers() : senders) {
                    for (String receiver : receivers) {
                        Node to = dimension.equals("CostCenter") ? center(receiver) : product(receiver);
                        if (positive.contains(receiver) && dimension.equals("CostCenter") || random.nextBoolean()) {
                            flows.add(new Flow(category, center(sender), to, quantity()));
                        }
                    }
                }
            }
            case STATISTIC -> { }
            case LINE_BALANCE -> line = credits ? "AR" : dimension.equals("CostPurpose")
                    ? List.of("AR", "MT").get(random.nextInt(2)) : List.of("AR", "TC").get(random.nextInt(2));
        }
        if ("TC".equals(line)) {
            // the positive receiver's line must hold cost: a production center's own material and wages
            line = "TC";
            costs.add(new Cost(center(positive.get(0)), WAGES, 1 + random.nextInt(100_000), 0));
        }
        return new Rule(step, senders, dimension, receivers, moves, kind, weights, line);
    }

    /** percentages adding up to 100 at two decimals, split by largest remainder over random weights */
    private Map<String, BigDecimal> percentages(List<String> receivers, List<String> positive) {
        List<String> weighed = receivers.stream().filter(code -> positive.contains(code) || random.nextBoolean()).toList();
        List<BigDecimal> weights = weighed.stream().map(code -> BigDecimal.valueOf(1 + random.nextInt(10))).toList();
        long[] hundredths = LargestRemainder.split(10_000, weights);
        Map<String, BigDecimal> percentages = new TreeMap<>();
        for (int i = 0; i < weighed.size(); i++) {
            percentages.put(weighed.get(i), BigDecimal.valueOf(hundredths[i], 2));
        }
        return percentages;
    }

    private String pick(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }

    private static void name(List<String> codes, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            codes.add(prefix + i);
        }
    }
}
