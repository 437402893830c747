package org.costclose.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.costclose.statements.Figure;
import org.costclose.statements.FigureFormat;
import org.costclose.statements.ReportTable;

/**
 * The allocation trace as a picture: a box per dimension value, in columns by how many moves lie before it (cost
 * centers left, the products they reach right), and an arrow per step from sender to receiver whose width grows
 * with the amount moved (the sum of the moves' absolute amounts), labelled with it. At most {@value #MAX_EDGES}
 * arrows, the largest; the table lists every move. The template draws it as inline SVG (texts escaped there).
 */
public record FlowPicture(int width, int height, List<Box> boxes, List<Arrow> arrows, int leftOut) {

    static final int MAX_EDGES = 80;
    static final int BOX_WIDTH = 150;
    static final int BOX_HEIGHT = 34;
    static final int COLUMN_GAP = 190;
    static final int ROW_GAP = 22;
    static final int MARGIN = 16;
    static final double MAX_STROKE = 24;

    public record Box(String id, String label, String name, int x, int y) {
    }

    public record Arrow(String step, String from, String to, String path, String width, int labelX, int labelY, String label) {
    }

    private record Edge(String step, String from, String to, BigDecimal amount) {
    }

    static FlowPicture of(List<TraceMapper.Flow> flows, Function<String, String> names, FigureFormat figures) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (TraceMapper.Flow flow : flows) {
            String from = flow.senderDimension() + " " + flow.sender();
            String to = flow.receiverDimension() + " " + flow.receiver();
            edges.merge(flow.stepNo() + "|" + from + "|" + to, new Edge(flow.stepId(), from, to, flow.amount().abs()),
                    (a, b) -> new Edge(a.step(), a.from(), a.to(), a.amount().add(b.amount())));
        }
        List<Edge> shown = edges.values().stream().sorted(Comparator.comparing(Edge::amount).reversed())
                .limit(MAX_EDGES).toList();
        Map<String, Integer> columns = columns(shown);
        Map<Integer, Integer> rowsInColumn = new LinkedHashMap<>();
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> node : columns.entrySet()) {
            int row = rowsInColumn.merge(node.getValue(), 1, Integer::sum) - 1;
            boxes.put(node.getKey(), new Box(id(node.getKey()), node.getKey(), names.apply(node.getKey()),
                    MARGIN + node.getValue() * (BOX_WIDTH + COLUMN_GAP), MARGIN + row * (BOX_HEIGHT + ROW_GAP)));
        }
        BigDecimal largest = shown.stream().map(edge -> edge.amount().abs()).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE);
        List<Arrow> arrows = new ArrayList<>();
        for (Edge edge : shown) {
            arrows.add(arrow(edge, boxes.get(edge.from()), boxes.get(edge.to()), largest, figures));
        }
        int columnCount = columns.values().stream().max(Integer::compare).orElse(0) + 1;
        int rowCount = rowsInColumn.values().stream().max(Integer::compare).orElse(1);
        return new FlowPicture(2 * MARGIN + columnCount * BOX_WIDTH + (columnCount - 1) * COLUMN_GAP,
                2 * MARGIN + rowCount * (BOX_HEIGHT + ROW_GAP), List.copyOf(boxes.values()), arrows,
                edges.size() - shown.size());
    }

    /** each node's column: the longest chain of moves before it (bounded, so cycles end) */
    private static Map<String, Integer> columns(List<Edge> edges) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        edges.stream().sorted(Comparator.comparing(Edge::from)).forEach(edge -> {
            columns.putIfAbsent(edge.from(), 0);
            columns.putIfAbsent(edge.to(), 0);
        });
        for (int round = 0; round < columns.size(); round++) {
            boolean changed = false;
            for (Edge edge : edges) {
                int after = columns.get(edge.from()) + 1;
                if (!edge.from().equals(edge.to()) && after > columns.get(edge.to()) && after < columns.size()) {
                    columns.put(edge.to(), after);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return columns;
    }

    private static Arrow arrow(Edge edge, Box from, Box to, BigDecimal largest, FigureFormat figures) {
        // a width in points, not money: the share of the largest flow, to one decimal
        BigDecimal share = largest.signum() == 0 ? BigDecimal.ONE
                : edge.amount().abs().divide(largest.abs(), 6, java.math.RoundingMode.HALF_UP);
        String stroke = BigDecimal.valueOf(MAX_STROKE - 1.5).multiply(share).add(new BigDecimal("1.5"))
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        int x1 = from.x() + BOX_WIDTH;
        int y1 = from.y() + BOX_HEIGHT / 2;
        int x2 = to.x();
        int y2 = to.y() + BOX_HEIGHT / 2;
        int middle = (x1 + x2) / 2;
        String path = "M " + x1 + " " + y1 + " C " + middle + " " + y1 + ", " + middle + " " + y2 + ", " + x2 + " " + y2;
        String label = edge.step() + " " + figures.format(ReportTable.Cell.number(edge.amount(), Figure.AMOUNT));
        return new Arrow(edge.step(), from.id(), to.id(), path, stroke,
                middle, (y1 + y2) / 2 - 4, label);
    }

    private static String id(String node) {
        return "node-" + node.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
