package org.costclose.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.costclose.setup.model.Basis;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/** A rule's basis evaluated for one sender: each receiver's weight, as the basis defines it, at this point of the run. */
final class RuleBasis {

    /** reports a problem of a rule at a value */
    @FunctionalInterface
    interface Problems {
        void add(PlannedRule rule, String value, String reason);
    }

    private final PlannedRule rule;
    private final Basis basis;
    private final BalanceBook book;
    private final ServiceFlows flows;
    private final LineStructure structure;
    private final StructureLine line;

    RuleBasis(PlannedRule rule, CompanySetup setup, BalanceBook book, ServiceFlows flows) {
        this.rule = rule;
        this.basis = rule.rule().basis();
        this.book = book;
        this.flows = flows;
        this.structure = basis.lineStructure() == null ? null : setup.lineStructure(basis.lineStructure()).orElseThrow();
        this.line = structure == null ? null : structure.line(basis.line()).orElseThrow();
    }

    /** the receivers' weights, or null after reporting a negative one */
    List<BigDecimal> weights(Node sender, List<Node> receivers, Problems problems) {
        List<BigDecimal> weights = new ArrayList<>(receivers.size());
        boolean valid = true;
        for (Node receiver : receivers) {
            BigDecimal weight = switch (basis.kind()) {
                case PERCENTAGES, QUANTITIES -> basis.weights().getOrDefault(receiver.value(), BigDecimal.ZERO);
                case SERVICE_QUANTITIES -> flows.quantity(basis.category(), sender, receiver);
                case STATISTIC -> book.quantity(receiver, basis.category());
                case LINE_BALANCE -> book.lineBalance(structure, line, receiver);
            };
            if (weight.signum() < 0) {
                problems.add(rule, receiver.value(), "the basis (" + describe() + ") of receiver " + receiver
                        + " is negative (" + weight.toPlainString() + "): shares cannot be negative");
                valid = false;
            }
            weights.add(weight);
        }
        return valid ? weights : null;
    }

    String describe() {
        return switch (basis.kind()) {
            case PERCENTAGES, QUANTITIES -> basis.kind().code();
            case SERVICE_QUANTITIES -> "service quantities of " + basis.category();
            case STATISTIC -> "statistic " + basis.category();
            case LINE_BALANCE -> "balance of line " + basis.lineStructure() + "/" + basis.line();
        };
    }
}
