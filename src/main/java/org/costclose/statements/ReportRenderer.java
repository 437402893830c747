package org.costclose.statements;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link ReportTable} in one of the formats. HTML streams through the report's FreeMarker template;
 * PDF is that same HTML (without links) laid out by openhtmltopdf, which holds the document in memory; XLSX
 * streams through POI's SXSSF; CSV streams through commons-csv.
 */
@Component
public class ReportRenderer {

    private final ReportTemplates templates;

    public ReportRenderer(ReportTemplates templates) {
        this.templates = templates;
    }

    /**
     * How the HTML is made: the template below reports/ and, for the screen, whether cells link to their
     * drill-down and the prefix of those links (the server's context path, "" at the root).
     */
    public record Options(String template, boolean links, String linkPrefix) {
    }

    public void render(ReportTable table, FigureFormat figures, StatementFormat format, Options options,
                       OutputStream out) {
        render(table, figures, format, options, Map.of(), out);
    }

    /**
     * The same with more for the HTML's template ({@code extra}, e.g. a picture); the template also reads
     * {@code format} ("html" or "pdf") to leave out what the PDF cannot show.
     */
    public void render(ReportTable table, FigureFormat figures, StatementFormat format, Options options,
                       Map<String, ?> extra, OutputStream out) {
        try {
            switch (format) {
                case HTML -> html(table, figures, options, extra, out);
                case PDF -> pdf(table, figures, options, extra, out);
                case XLSX -> new XlsxReport(figures).write(table, out);
                case CSV -> CsvReport.write(table, figures, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void html(ReportTable table, FigureFormat figures, Options options, Map<String, ?> extra, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        templates.render(options.template(), model(table, figures, options.links(), options.linkPrefix(), "html", extra),
                writer);
        writer.flush();
    }

    private void pdf(ReportTable table, FigureFormat figures, Options options, Map<String, ?> extra, OutputStream out)
            throws IOException {
        StringWriter html = new StringWriter();
        templates.render(options.template(), model(table, figures, false, "", "pdf", extra), html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("costclose");
        builder.withHtmlContent(html.toString(), null);
        builder.toStream(out);
        builder.run();
    }

    private static Map<String, Object> model(ReportTable table, FigureFormat figures, boolean links, String prefix,
                                             String format, Map<String, ?> extra) {
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.putAll(Map.of("table", table, "fmt", figures, "lang", figures.locale().toLanguageTag(), "links", links,
                "linkPrefix", prefix, "format", format));
        return model;
    }
}
