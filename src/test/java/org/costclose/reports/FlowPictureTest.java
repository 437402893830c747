package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.costclose.statements.FigureFormat;
import org.costclose.statements.ReportRenderer;
import org.costclose.statements.ReportTable;
import org.costclose.statements.ReportTemplates;
import org.costclose.statements.StatementFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The flow picture's layout and its SVG, escaped, without a database. */
class FlowPictureTest {

    private final FigureFormat figures = new FigureFormat(Locale.US, "USD", 2);

    @Test
    void shouldPlaceSendersLeftOfReceiversAndEscapeNamesWhenThePictureIsDrawn() {
        List<TraceMapper.Flow> flows = List.of(
                flow(1, "A", "CostCenter", "SP", "CostPurpose", "Sint", "5333.00"),
                flow(2, "B", "CostPurpose", "Sint", "CostPurpose", "Iron", "472500.00"),
                flow(2, "B", "CostPurpose", "Sint", "CostPurpose", "Iron", "-477833.00"));

        FlowPicture picture = FlowPicture.of(flows, node -> node.endsWith("Iron") ? "<script>x</script>" : "n", figures);
        Document html = render(picture);

        assertThat(picture.boxes()).extracting(FlowPicture.Box::label)
                .containsExactly("CostCenter SP", "CostPurpose Sint", "CostPurpose Iron");
        assertThat(picture.boxes()).extracting(FlowPicture.Box::x).containsExactly(16, 356, 696);
        assertThat(picture.arrows()).extracting(FlowPicture.Arrow::label).containsExactly("B 950,333.00", "A 5,333.00");
        // widths in proportion to the largest flow: 1.5 + 22.5 × 5,333 / 950,333 = 1.63 → 1.6
        assertThat(picture.arrows()).extracting(FlowPicture.Arrow::width).containsExactly("24.0", "1.6");
        assertThat(html.select("svg g.edge")).hasSize(2);
        assertThat(html.select("script")).isEmpty();
        assertThat(html.getElementById("node-CostPurpose_Iron").text()).contains("<script>x</script>");
    }

    private Document render(FlowPicture picture) {
        ReportTable table = new ReportTable("Allocation trace", "t", List.of(), List.of(
                new ReportTable.Column("", "Step", org.costclose.statements.Figure.TEXT)),
                List.of(new ReportTable.Row(List.of(ReportTable.Cell.text("A")), false)).iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(new ReportTemplates()).render(table, figures, StatementFormat.HTML,
                new ReportRenderer.Options(AllocationTraceReport.TEMPLATE, true, ""), Map.of("picture", picture), out);
        String text = out.toString(StandardCharsets.UTF_8);
        return Jsoup.parse(text);
    }

    private static TraceMapper.Flow flow(int step, String stepId, String senderDimension, String sender,
                                         String receiverDimension, String receiver, String amount) {
        return new TraceMapper.Flow(step, stepId, 1, senderDimension, sender, receiverDimension, receiver, "C", "S",
                new BigDecimal(amount), 1);
    }
}
