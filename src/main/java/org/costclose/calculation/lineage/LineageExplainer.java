package org.costclose.calculation.lineage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.costclose.calculation.LargestRemainder;
import org.costclose.calculation.Money;
import org.costclose.calculation.Node;

/**
 * Builds the lineage tree of a balance. Each part of a balance that a step brought from a sender is explained by
 * the sender's balance of the source category when it sent, shared out in proportion to the balance's parts
 * (fixed and variable part each, split by {@link LargestRemainder}, so every node's children add up to it to the
 * cent; a part that was sent on weighs negative), and so on down to own cost transactions. A sender already on the path (a cycle) and anything below {@code depth} levels or beyond
 * {@value #MAX_POOLS} expansions ends as a leaf that keeps its amount.
 */
final class LineageExplainer {

    static final int MAX_POOLS = 2_000;

    /** the GL entries behind a node's ledger cost transactions of a category */
    @FunctionalInterface
    interface GlEntryLookup {
        LineageNode.GlEntries find(String category, Node node, long count);
    }

    private final PoolReader pools;
    private final GlEntryLookup entries;
    private final int depth;
    private final int minorUnit;
    /** a ledger transaction's GL entries are looked up once, however often the tree shows a share of it */
    private final Map<List<String>, LineageNode.GlEntries> glEntries = new HashMap<>();
    private int poolsRead;

    LineageExplainer(PoolReader pools, GlEntryLookup entries, int depth, int minorUnit) {
        this.pools = pools;
        this.entries = entries;
        this.depth = depth;
        this.minorUnit = minorUnit;
    }

    LineageNode explain(Node node, List<String> categories) {
        List<Contributor> pool = pools.balance(node, categories);
        Money total = total(pool);
        List<LineageNode> children = parts(node, pool, total, List.of(node));
        return sum("BALANCE", node, total, children);
    }

    /** the contributors' shares of {@code amount}: their whole amounts when it is the whole pool */
    private List<LineageNode> parts(Node holder, List<Contributor> pool, Money amount, List<Node> path) {
        boolean whole = total(pool).equals(amount);
        long[] fixed = share(amount.fixed(), pool, whole, Money::fixed);
        long[] variable = share(amount.variable(), pool, whole, Money::variable);
        List<LineageNode> children = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            Money part = new Money(fixed == null ? 0 : fixed[i], variable == null ? 0 : variable[i]);
            if (!part.isZero()) {
                children.add(child(holder, pool.get(i), part, path));
            }
        }
        Money left = new Money(fixed == null ? amount.fixed() : 0, variable == null ? amount.variable() : 0);
        if (!left.isZero()) {
            children.add(sum("UNATTRIBUTED", holder, left, null));
        }
        return children;
    }

    /**
     * Each contributor's share of {@code amount}: amount × its part / the pool's, largest remainder; null when the
     * pool's parts cancel out and there is an amount to share (it stays unattributed).
     */
    private static long[] share(long amount, List<Contributor> pool, boolean whole, ToLongFunction<Money> part) {
        long[] weights = pool.stream().mapToLong(contributor -> part.applyAsLong(contributor.whole())).toArray();
        if (whole || amount == 0) {
            return whole ? weights : new long[weights.length];
        }
        return Arrays.stream(weights).sum() == 0 ? null : LargestRemainder.split(amount, weights);
    }

    private LineageNode child(Node holder, Contributor contributor, Money part, List<Node> path) {
        return switch (contributor.kind()) {
            case OWN -> node(holder, contributor, part, "LEDGER".equals(contributor.source())
                    ? Detail.entries(glEntries(holder, contributor)) : Detail.NONE);
            case SENT -> node(holder, contributor, part, Detail.NONE);
            case RECEIVED -> received(holder, contributor, part, path);
        };
    }

    private LineageNode.GlEntries glEntries(Node holder, Contributor contributor) {
        return glEntries.computeIfAbsent(List.of(contributor.category(), holder.dimension(), holder.value()),
                key -> entries.find(contributor.category(), holder, contributor.entryCount()));
    }

    /**
     * a part a sender sent: explained by what the sender had of the source category when it sent; a charge at a
     * cost rate is not a share of the sender's cost (that stays on the sender as under- or over-absorption), so
     * it ends here, marked RATE
     */
    private LineageNode received(Node holder, Contributor contributor, Money part, List<Node> path) {
        if (contributor.rate() != null) {
            return node(holder, contributor, part, new Detail(null, null, "RATE", null, null));
        }
        Node sender = contributor.sender();
        int seen = path.indexOf(sender);
        if (seen >= 0) {
            List<String> loop = new ArrayList<>(path.subList(seen, path.size()).stream().map(Node::toString).toList());
            loop.add(sender.toString());
            return node(holder, contributor, part, new Detail(null, null, "CYCLE", loop, null));
        }
        if (path.size() >= depth || poolsRead >= MAX_POOLS) {
            return node(holder, contributor, part, new Detail(null, null, "TRUNCATED", null, null));
        }
        poolsRead++;
        List<Contributor> pool = pools.before(sender, contributor.sourceCategory(), contributor.stepNo(),
                contributor.ruleNo());
        List<Node> deeper = new ArrayList<>(path);
        deeper.add(sender);
        return node(holder, contributor, part, new Detail(null, total(pool), null, null, parts(sender, pool, part, deeper)));
    }

    private record Detail(LineageNode.GlEntries glEntries, Money senderBalance, String stop, List<String> cycle,
                          List<LineageNode> children) {

        static final Detail NONE = new Detail(null, null, null, null, null);

        static Detail entries(LineageNode.GlEntries glEntries) {
            return new Detail(glEntries, null, null, null, null);
        }
    }

    private LineageNode node(Node holder, Contributor contributor, Money part, Detail detail) {
        LineageNode.Step step = contributor.stepId() == null ? null
                : new LineageNode.Step(contributor.stepNo(), contributor.stepId(), contributor.ruleNo());
        return new LineageNode(contributor.kind().name(), holder.dimension(), holder.value(), contributor.category(),
                contributor.source(), step, contributor.sender(), contributor.sourceCategory(), amount(part.total()),
                amount(part.fixed()), amount(part.variable()),
                part.equals(contributor.whole()) ? null : amount(contributor.whole().total()), contributor.transactions(),
                detail.glEntries(), detail.senderBalance() == null ? null : amount(detail.senderBalance().total()),
                detail.stop(), detail.cycle(), detail.children());
    }

    /** a node that only sums: the balance itself, or a share that cannot be attributed */
    private LineageNode sum(String kind, Node node, Money money, List<LineageNode> children) {
        return new LineageNode(kind, node.dimension(), node.value(), null, null, null, null, null, amount(money.total()),
                amount(money.fixed()), amount(money.variable()), null, null, null, null, null, null, children);
    }

    private BigDecimal amount(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, minorUnit);
    }

    private static Money total(List<Contributor> pool) {
        return pool.stream().map(Contributor::whole).reduce(Money.ZERO, Money::plus);
    }
}
