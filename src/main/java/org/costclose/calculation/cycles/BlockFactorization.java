package org.costclose.calculation.cycles;

import java.util.List;

/**
 * An approximate solver for {@code (I − Sᵀ) d = r} in double precision, factorized once: the members are
 * split into strongly connected components taken senders first (block triangular form), members outside
 * any cycle are solved by substitution, and each cycle by dense LU with partial pivoting. Only the speed of
 * the solution comes from here; its exactness comes from the residuals that {@link ReciprocalSolver}
 * computes in BigDecimal.
 */
final class BlockFactorization {

    /** A pivot this small means the group passes on all but a rounding error of its cost. */
    private static final double SMALLEST_PIVOT = 1e-13;

    private final List<int[]> blocks;
    private final int[] blockOf;
    private final int[] position;
    private final int[][] senders;
    private final double[][] shares;
    private final double[][] factors;
    private final int[][] pivotRows;

    /**
     * @param blocks  strongly connected components, senders first
     * @param senders {@code senders[i]}: the members that pass cost to member i
     * @param shares  {@code shares[i][k]}: the share member i receives from {@code senders[i][k]}
     */
    BlockFactorization(List<int[]> blocks, int[][] senders, double[][] shares) {
        this.blocks = blocks;
        this.senders = senders;
        this.shares = shares;
        this.blockOf = new int[senders.length];
        this.position = new int[senders.length];
        this.factors = new double[blocks.size()][];
        this.pivotRows = new int[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            for (int k = 0; k < block.length; k++) {
                blockOf[block[k]] = b;
                position[block[k]] = k;
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            factorize(b);
        }
    }

    /** Overwrites {@code rhs} (indexed by member) with the solution. */
    void solveInPlace(double[] rhs) {
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            double[] local = new double[block.length];
            for (int k = 0; k < block.length; k++) {
                int member = block[k];
                double value = rhs[member];
                for (int s = 0; s < senders[member].length; s++) {
                    if (blockOf[senders[member][s]] != b) {
                        value += shares[member][s] * rhs[senders[member][s]];
                    }
                }
                local[k] = value;
            }
            substitute(b, local);
            for (int k = 0; k < block.length; k++) {
                rhs[block[k]] = local[k];
            }
        }
    }

    private void factorize(int b) {
        int[] block = blocks.get(b);
        int m = block.length;
        double[] a = new double[m * m];
        for (int k = 0; k < m; k++) {
            a[k * m + k] = 1.0;
        }
        for (int row = 0; row < m; row++) {
            int member = block[row];
            for (int s = 0; s < senders[member].length; s++) {
                int sender = senders[member][s];
                if (blockOf[sender] == b) {
                    a[row * m + position[sender]] -= shares[member][s];
                }
            }
        }
        int[] pivots = new int[m];
        for (int k = 0; k < m; k++) {
            int pivot = largestBelow(a, m, k);
            if (Math.abs(a[pivot * m + k]) < SMALLEST_PIVOT) {
                throw new UnsolvableCycleException(List.of(ReciprocalSolver.asList(block)),
                        "cost cycle passes on all but a rounding error of its cost; nothing measurable leaves");
            }
            pivots[k] = pivot;
            swapRows(a, m, k, pivot);
            eliminateBelow(a, m, k);
        }
        factors[b] = a;
        pivotRows[b] = pivots;
    }

    private static int largestBelow(double[] a, int m, int k) {
        int best = k;
        for (int row = k + 1; row < m; row++) {
            if (Math.abs(a[row * m + k]) > Math.abs(a[best * m + k])) {
                best = row;
            }
        }
        return best;
    }

    private static void swapRows(double[] a, int m, int r1, int r2) {
        if (r1 == r2) {
            return;
        }
        for (int col = 0; col < m; col++) {
            double t = a[r1 * m + col];
            a[r1 * m + col] = a[r2 * m + col];
            a[r2 * m + col] = t;
        }
    }

    private static void eliminateBelow(double[] a, int m, int k) {
        double pivot = a[k * m + k];
        int pivotRow = k * m;
        for (int row = k + 1; row < m; row++) {
            int base = row * m;
            double factor = a[base + k];
            if (factor == 0.0) {
                continue; // sparse networks: most rows have nothing to eliminate
            }
            factor /= pivot;
            a[base + k] = factor;
            for (int col = k + 1; col < m; col++) {
                a[base + col] -= factor * a[pivotRow + col];
            }
        }
    }

    private void substitute(int b, double[] x) {
        double[] a = factors[b];
        int[] pivots = pivotRows[b];
        int m = x.length;
        for (int k = 0; k < m; k++) {
            double t = x[k];
            x[k] = x[pivots[k]];
            x[pivots[k]] = t;
        }
        for (int row = 1; row < m; row++) {
            double sum = x[row];
            for (int col = 0; col < row; col++) {
                sum -= a[row * m + col] * x[col];
            }
            x[row] = sum;
        }
        for (int row = m - 1; row >= 0; row--) {
            double sum = x[row];
            for (int col = row + 1; col < m; col++) {
                sum -= a[row * m + col] * x[col];
            }
            x[row] = sum / a[row * m + row];
        }
    }
}
