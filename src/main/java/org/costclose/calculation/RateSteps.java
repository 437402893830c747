package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.costclose.setup.model.CostRate;
import org.costclose.setup.model.StepRule;

/**
 * The steps that work with cost rates. An internal cost allocation charges each receiver its service quantity
 * from the sender × the sender's planned rate (the period's planned rate adopted from the previous period's actual
 * rate, else the rule's rate as the standing default), fixed and
 * variable part each rounded half-up to the minor unit; whatever the charges do not absorb stays on the sender
 * as under- or over-absorption. A cost rate calculation works out each sender's actual rate: the cost it holds at
 * that point of the run (the rule's selection) over the quantity it delivered, rounded half-up to
 * {@value #RATE_SCALE} decimals.
 */
final class RateSteps {

    static final int RATE_SCALE = 6;

    private final CalculationEngine engine;
    private final ServiceFlows flows;
    private final PlannedRates planned;
    private final int minorUnit;

    RateSteps(CalculationEngine engine, ServiceFlows flows, PlannedRates planned, int minorUnit) {
        this.engine = engine;
        this.flows = flows;
        this.planned = planned;
        this.minorUnit = minorUnit;
    }

    void charge(PlannedRule rule, Consumer<Posting> sink) {
        StepRule setup = rule.rule();
        String category = setup.basis().category();
        Set<Node> receivers = new HashSet<>(rule.receivers());
        for (Node sender : rule.senders()) {
            Map<Node, BigDecimal> charged = new TreeMap<>();
            flows.from(category, sender).forEach((receiver, quantity) -> {
                if (receivers.contains(receiver) && !receiver.equals(sender) && quantity.signum() > 0) {
                    charged.put(receiver, quantity);
                }
            });
            if (charged.isEmpty()) {
                continue;
            }
            CostRate adopted = planned.rate(category, sender);
            CostRate rate = adopted != null ? adopted : setup.rates().get(sender.value());
            if (rate == null) {
                engine.problem(rule, sender.value(), sender + " delivered " + category + " but has no planned rate:"
                        + " adopt the previous period's actual rates or give a default in the rule's rates");
                continue;
            }
            BigDecimal total = charged.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            charged.forEach((receiver, quantity) -> {
                Money part = new Money(units(quantity.multiply(rate.fixed())), units(quantity.multiply(rate.variable())));
                if (!part.isZero()) {
                    engine.post(rule, sender, receiver, category, setup.allocationCategory(), setup.offsetCategory(),
                            quantity, total, rate.total(), part, sink);
                }
            });
        }
    }

    void rates(PlannedRule rule, Consumer<ActualRate> sink) {
        String category = rule.rule().basis().category();
        for (Node sender : rule.senders()) {
            Money cost = engine.moved(rule.rule().moves(), sender).stream()
                    .map(CalculationEngine.Moved::money).reduce(Money.ZERO, Money::plus);
            BigDecimal quantity = flows.from(category, sender).values().stream()
                    .filter(delivered -> delivered.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (cost.isZero() && quantity.signum() == 0) {
                continue;
            }
            boolean delivered = quantity.signum() > 0;
            sink.accept(new ActualRate(rule.stepNo(), rule.step().id(), rule.ruleNo(), category, sender, cost,
                    quantity, delivered ? rate(cost.fixed(), quantity) : null,
                    delivered ? rate(cost.variable(), quantity) : null));
        }
    }

    private long units(BigDecimal amount) {
        return amount.movePointRight(minorUnit).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private BigDecimal rate(long minorUnits, BigDecimal quantity) {
        return BigDecimal.valueOf(minorUnits, minorUnit).divide(quantity, RATE_SCALE, RoundingMode.HALF_UP);
    }
}
