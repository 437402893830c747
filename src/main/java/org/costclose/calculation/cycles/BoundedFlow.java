package org.costclose.calculation.cycles;

import java.util.Arrays;

/**
 * An integral flow on a network whose edges each carry between a lower and an upper bound, with a given supply
 * (positive) or demand (negative) at each node, found by starting every edge at a preferred amount within its
 * bounds and repairing the imbalance that leaves with a maximum flow (Dinic) on the residual network. Whenever a
 * feasible flow exists this finds one (integral, as the bounds are); edges off the repair's augmenting paths keep
 * their preferred amount (it does not promise the fewest changed edges). Deterministic: nodes and edges are visited in the order they were added.
 */
public final class BoundedFlow {

    private final int nodes;
    private final long[] supply;
    private int edges;
    private int[] head = new int[16];
    private int[] tail = new int[16];
    private long[] lower = new long[16];
    private long[] upper = new long[16];
    private long[] preferred = new long[16];

    /** a network of {@code nodes} nodes numbered 0..nodes-1, no edges and no supply yet */
    public BoundedFlow(int nodes) {
        this.nodes = nodes;
        this.supply = new long[nodes];
    }

    /** adds {@code units} of supply at the node (negative: a demand) */
    public void supply(int node, long units) {
        supply[node] = Math.addExact(supply[node], units);
    }

    /**
     * An edge from {@code from} to {@code to} carrying between {@code lower} and {@code upper} units, preferably
     * {@code preferred} (clamped into the bounds).
     *
     * @return the edge's number, its position in {@link #solve()}'s answer
     */
    public int edge(int from, int to, long lower, long upper, long preferred) {
        if (lower > upper) {
            throw new IllegalArgumentException("edge " + from + " → " + to + " has bounds [" + lower + ", " + upper + "]");
        }
        if (edges == head.length) {
            int size = 2 * edges;
            head = Arrays.copyOf(head, size);
            tail = Arrays.copyOf(tail, size);
            this.lower = Arrays.copyOf(this.lower, size);
            this.upper = Arrays.copyOf(this.upper, size);
            this.preferred = Arrays.copyOf(this.preferred, size);
        }
        tail[edges] = from;
        head[edges] = to;
        this.lower[edges] = lower;
        this.upper[edges] = upper;
        this.preferred[edges] = Math.max(lower, Math.min(upper, preferred));
        return edges++;
    }

    /** the units on each edge, by edge number, meeting every bound and every node's supply; null if none can */
    public long[] solve() {
        int source = nodes;
        int sink = nodes + 1;
        Residual residual = new Residual(nodes + 2, edges + nodes);
        long[] balance = supply.clone();
        for (int e = 0; e < edges; e++) {
            residual.arc(tail[e], head[e], upper[e] - preferred[e], preferred[e] - lower[e]);
            balance[tail[e]] = Math.subtractExact(balance[tail[e]], preferred[e]);
            balance[head[e]] = Math.addExact(balance[head[e]], preferred[e]);
        }
        long needed = 0;
        for (int v = 0; v < nodes; v++) {
            if (balance[v] > 0) {
                residual.arc(source, v, balance[v], 0);
                needed = Math.addExact(needed, balance[v]);
            } else if (balance[v] < 0) {
                residual.arc(v, sink, -balance[v], 0);
            }
        }
        if (Arrays.stream(balance).sum() != 0 || residual.maxFlow(source, sink) != needed) {
            return null;
        }
        long[] flow = new long[edges];
        for (int e = 0; e < edges; e++) {
            flow[e] = lower[e] + residual.capacity[2 * e + 1];
        }
        return flow;
    }

    /** the residual network: arc 2a forward, 2a+1 its reverse; adjacency in insertion order */
    private static final class Residual {

        private final int nodes;
        private final int[] to;
        private final long[] capacity;
        private int arcs;
        private int[] first;
        private int[] adjacent;
        private int[] level;
        private int[] next;

        Residual(int nodes, int pairs) {
            this.nodes = nodes;
            this.to = new int[2 * pairs];
            this.capacity = new long[2 * pairs];
        }

        void arc(int from, int into, long forward, long backward) {
            to[arcs] = into;
            capacity[arcs++] = forward;
            to[arcs] = from;
            capacity[arcs++] = backward;
        }

        long maxFlow(int source, int sink) {
            index();
            long flow = 0;
            while (levels(source, sink)) {
                next = first.clone();
                flow = Math.addExact(flow, blockingFlow(source, sink));
            }
            return flow;
        }

        /** the arcs leaving each node, grouped by node in insertion order (first[v] .. first[v+1]) */
        private void index() {
            first = new int[nodes + 1];
            for (int a = 0; a < arcs; a++) {
                first[to[a ^ 1] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                first[v + 1] += first[v];
            }
            adjacent = new int[arcs];
            int[] fill = first.clone();
            for (int a = 0; a < arcs; a++) {
                adjacent[fill[to[a ^ 1]]++] = a;
            }
        }

        /** breadth-first levels over arcs with capacity left; true if the sink is reached */
        private boolean levels(int source, int sink) {
            level = new int[nodes];
            Arrays.fill(level, -1);
            level[source] = 0;
            int[] queue = new int[nodes];
            int queued = 0;
            queue[queued++] = source;
            for (int polled = 0; polled < queued; polled++) {
                int v = queue[polled];
                for (int k = first[v]; k < first[v + 1]; k++) {
                    int a = adjacent[k];
                    if (capacity[a] > 0 && level[to[a]] < 0) {
                        level[to[a]] = level[v] + 1;
                        queue[queued++] = to[a];
                    }
                }
            }
            return level[sink] >= 0;
        }

        /** augments along level paths until none is left, depth first without recursion (paths may be long) */
        private long blockingFlow(int source, int sink) {
            long flow = 0;
            int[] path = new int[nodes];
            int depth = 0;
            int v = source;
            while (true) {
                if (v == sink) {
                    long bottleneck = Long.MAX_VALUE;
                    for (int d = 0; d < depth; d++) {
                        bottleneck = Math.min(bottleneck, capacity[path[d]]);
                    }
                    for (int d = 0; d < depth; d++) {
                        capacity[path[d]] -= bottleneck;
                        capacity[path[d] ^ 1] += bottleneck;
                    }
                    flow += bottleneck;
                    depth = 0;
                    v = source;
                    continue;
                }
                int a = advance(v);
                if (a >= 0) {
                    path[depth++] = a;
                    v = to[a];
                } else if (v == source) {
                    return flow;
                } else {
                    level[v] = -1;
                    v = to[path[--depth] ^ 1];
                    next[v]++;
                }
            }
        }

        /** the next arc from v one level down with capacity left, or -1 */
        private int advance(int v) {
            for (; next[v] < first[v + 1]; next[v]++) {
                int a = adjacent[next[v]];
                if (capacity[a] > 0 && level[to[a]] == level[v] + 1) {
                    return a;
                }
            }
            return -1;
        }
    }
}
