package org.costclose.calculation.cycles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Finds the cycles of a sender → receiver graph: its strongly connected components (Tarjan), iteratively,
 * so a chain of 100,000 nodes does not overflow the call stack.
 *
 * <p>Order is deterministic and topological over the condensation: a component comes before every
 * component it sends to (directly or through others); among components that do not depend on each other,
 * the one with the smallest member comes first. Members of a component are listed in ascending order.
 */
public final class StronglyConnectedComponents {

    private static final int UNVISITED = -1;

    private StronglyConnectedComponents() {
    }

    /**
     * All strongly connected components of the graph on nodes {@code 0..n-1}, senders before receivers.
     *
     * @param successors {@code successors[v]} are the nodes {@code v} sends to; duplicates are harmless
     */
    public static List<int[]> all(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        int[] lowLink = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, UNVISITED);
        int[] componentStack = new int[n];
        int componentTop = 0;
        int[] callNode = new int[n];
        int[] callNext = new int[n];
        int nextIndex = 0;
        List<int[]> sinksFirst = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] != UNVISITED) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callNext[0] = 0;
            index[root] = lowLink[root] = nextIndex++;
            componentStack[componentTop++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callNext[depth] < successors[v].length) {
                    int w = successors[v][callNext[depth]++];
                    if (index[w] == UNVISITED) {
                        index[w] = lowLink[w] = nextIndex++;
                        componentStack[componentTop++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callNext[depth] = 0;
                    } else if (onStack[w]) {
                        lowLink[v] = Math.min(lowLink[v], index[w]);
                    }
                    continue;
                }
                if (lowLink[v] == index[v]) {
                    int start = componentTop;
                    do {
                        start--;
                        onStack[componentStack[start]] = false;
                    } while (componentStack[start] != v);
                    int[] component = Arrays.copyOfRange(componentStack, start, componentTop);
                    Arrays.sort(component);
                    sinksFirst.add(component);
                    componentTop = start;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    lowLink[parent] = Math.min(lowLink[parent], lowLink[v]);
                }
            }
        }
        return sendersFirst(sinksFirst, successors);
    }

    /**
     * Kahn's topological sort of the condensation; among components free to go next, the one with the
     * smallest member goes first, so the order can be explained without knowing how Tarjan walked.
     */
    private static List<int[]> sendersFirst(List<int[]> components, int[][] successors) {
        int[] componentOf = new int[successors.length];
        for (int c = 0; c < components.size(); c++) {
            for (int v : components.get(c)) {
                componentOf[v] = c;
            }
        }
        int[] waitingFor = new int[components.size()];
        for (int v = 0; v < successors.length; v++) {
            for (int w : successors[v]) {
                if (componentOf[w] != componentOf[v]) {
                    waitingFor[componentOf[w]]++;
                }
            }
        }
        PriorityQueue<int[]> ready = new PriorityQueue<>(Comparator.comparingInt(component -> component[0]));
        for (int c = 0; c < components.size(); c++) {
            if (waitingFor[c] == 0) {
                ready.add(components.get(c));
            }
        }
        List<int[]> ordered = new ArrayList<>(components.size());
        while (!ready.isEmpty()) {
            int[] component = ready.poll();
            ordered.add(component);
            for (int v : component) {
                for (int w : successors[v]) {
                    int target = componentOf[w];
                    if (target != componentOf[v] && --waitingFor[target] == 0) {
                        ready.add(components.get(target));
                    }
                }
            }
        }
        return ordered;
    }

    /** The cycles only: components with more than one member, or one member that sends to itself. */
    public static List<int[]> cycles(int[][] successors) {
        List<int[]> cycles = new ArrayList<>();
        for (int[] component : all(successors)) {
            if (isCycle(component, successors)) {
                cycles.add(component);
            }
        }
        return cycles;
    }

    /**
     * The cycles of a graph keyed by any type, senders before receivers. Nodes are numbered in the given
     * order (nodes that only receive included), so the result does not depend on the map's iteration order.
     */
    public static <K> List<List<K>> cycles(Map<K, ? extends Collection<? extends K>> sendsTo,
                                           Comparator<? super K> order) {
        TreeSet<K> nodes = new TreeSet<>(order);
        sendsTo.forEach((sender, receivers) -> {
            nodes.add(sender);
            nodes.addAll(receivers);
        });
        List<K> byNumber = new ArrayList<>(nodes);
        int[][] successors = new int[byNumber.size()][];
        for (int v = 0; v < successors.length; v++) {
            Collection<? extends K> receivers = sendsTo.get(byNumber.get(v));
            successors[v] = receivers == null ? new int[0] : receivers.stream()
                    .mapToInt(receiver -> indexOf(byNumber, receiver, order)).distinct().sorted().toArray();
        }
        List<List<K>> cycles = new ArrayList<>();
        for (int[] component : cycles(successors)) {
            cycles.add(Arrays.stream(component).mapToObj(byNumber::get).toList());
        }
        return cycles;
    }

    /** Same as {@link #cycles(Map, Comparator)} for naturally ordered keys such as codes. */
    public static <K extends Comparable<? super K>> List<List<K>> cycles(
            Map<K, ? extends Collection<? extends K>> sendsTo) {
        return cycles(sendsTo, Comparator.naturalOrder());
    }

    static boolean isCycle(int[] component, int[][] successors) {
        if (component.length > 1) {
            return true;
        }
        int only = component[0];
        return Arrays.stream(successors[only]).anyMatch(w -> w == only);
    }

    private static <K> int indexOf(List<K> sorted, K key, Comparator<? super K> order) {
        int position = Collections.binarySearch(sorted, key, order);
        if (position < 0) {
            throw new IllegalStateException("node missing from its own graph: " + key);
        }
        return position;
    }
}
