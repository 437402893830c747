package org.costclose.calculation.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.costclose.calculation.Money;
import org.costclose.calculation.Node;

/**
 * Reads the parts of a node's balance of some categories, at the end of the run or at the point where the
 * node sent through a rule, one node and category per query (set-based in the database, small in Java).
 */
final class PoolReader {

    private final LineageMapper mapper;
    private final LineageScope scope;
    private CyclePartners partners;

    PoolReader(LineageMapper mapper, LineageScope scope) {
        this.mapper = mapper;
        this.scope = scope;
    }

    /** the node's balance of the categories (null: all) after the run: own, received and sent on */
    List<Contributor> balance(Node node, List<String> categories) {
        if (categories != null && categories.isEmpty()) {
            return List.of();
        }
        LineageMapper.NodeQuery query = query(node, categories, null);
        return sorted(own(query), received(query, received -> true), sent(query, sent -> true));
    }

    /**
     * What the node had of the category when it sent through rule (step, rule): its own cost transactions, what
     * it received under the category before that point minus what it sent on from the category before it, and,
     * when it is a member of a cycle, everything its cycle partners sent it from the category (the reciprocal
     * method solves a cycle at once, so those amounts are part of what a member sends, whatever their rule).
     */
    List<Contributor> before(Node node, String category, int step, int rule) {
        LineageMapper.NodeQuery query = query(node, List.of(category), category);
        Predicate<Contributor> earlier = contributor -> contributor.before(step, rule, node);
        return sorted(own(query), received(query, received -> category.equals(received.category()) && earlier.test(received)
                        || category.equals(received.sourceCategory()) && partners().sameCycle(node, received.sender())),
                sent(query, earlier));
    }

    private LineageMapper.NodeQuery query(Node node, List<String> categories, String sourceCategory) {
        return new LineageMapper.NodeQuery(scope.companyId(), scope.periodId(), scope.versionId(),
                scope.inputVersion(), node.dimension(), node.value(), categories, sourceCategory);
    }

    private List<Contributor> own(LineageMapper.NodeQuery query) {
        return mapper.findOwn(query).stream().map(row -> new Contributor(Contributor.Kind.OWN, row.categoryId(),
                row.source(), 0, null, 0, null, null, row.transactions(), row.entryCount().longValueExact(),
                Money.of(row.fixedAmount(), row.variableAmount(), scope.minorUnit()), null)).toList();
    }

    private List<Contributor> received(LineageMapper.NodeQuery query, Predicate<Contributor> admitted) {
        return mapper.findReceived(query).stream().map(row -> posting(Contributor.Kind.RECEIVED, row))
                .filter(admitted).toList();
    }

    private List<Contributor> sent(LineageMapper.NodeQuery query, Predicate<Contributor> admitted) {
        return mapper.findSent(query).stream().map(row -> posting(Contributor.Kind.SENT, row)).filter(admitted).toList();
    }

    private Contributor posting(Contributor.Kind kind, LineageMapper.PostingRow row) {
        Node sender = row.counterValue() == null ? null : new Node(row.counterDimension(), row.counterValue());
        return new Contributor(kind, row.categoryId(), null, row.stepNo(), row.stepId(), row.ruleNo(), sender,
                row.sourceCategory(), row.transactions(), 0,
                Money.of(row.fixedAmount(), row.variableAmount(), scope.minorUnit()), row.rate());
    }

    /** the run's cycles, read once and only when a node received from the category after it sent */
    private CyclePartners partners() {
        if (partners == null) {
            partners = new CyclePartners(mapper.findSenderEdges(scope.companyId(), scope.periodId(), scope.versionId()));
        }
        return partners;
    }

    @SafeVarargs
    private static List<Contributor> sorted(List<Contributor>... parts) {
        List<Contributor> all = new ArrayList<>();
        for (List<Contributor> part : parts) {
            all.addAll(part);
        }
        all.removeIf(contributor -> contributor.whole().isZero());
        all.sort(Contributor.ORDER);
        return all;
    }
}
