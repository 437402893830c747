package org.costclose.setup.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides each receiver's share of a sender's cost. {@code weights} holds fixed percentages (summing to
 * 100) or reference quantities per receiver value; {@code category} names the service category whose
 * quantities from sender to receiver count, or the statistical category whose quantity balance of each
 * receiver counts; {@code lineStructure} and {@code line} name the line whose balance on each receiver counts.
 */
public record Basis(BasisKind kind, Map<String, BigDecimal> weights, String category, String lineStructure,
        String line) {

    public Basis {
        Require.present(kind, "basis kind");
        weights = new TreeMap<>(Require.present(weights, "weights"));
        boolean fixed = kind == BasisKind.PERCENTAGES || kind == BasisKind.QUANTITIES;
        boolean byCategory = kind == BasisKind.SERVICE_QUANTITIES || kind == BasisKind.STATISTIC;
        if (fixed == weights.isEmpty() || byCategory == (category == null)
                || (kind == BasisKind.LINE_BALANCE) == (line == null || lineStructure == null)) {
            throw new IllegalArgumentException("basis " + kind.code() + " does not fit its fields");
        }
    }

    public static Basis weights(BasisKind kind, Map<String, BigDecimal> weights) {
        return new Basis(kind, weights, null, null, null);
    }

    public static Basis category(BasisKind kind, String category) {
        return new Basis(kind, Map.of(), category, null, null);
    }

    public static Basis line(String lineStructure, String line) {
        return new Basis(BasisKind.LINE_BALANCE, Map.of(), null, lineStructure, line);
    }
}
