package org.costclose.statements;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
        try {
            switch (format) {
                case HTML -> html(table, figures, options, out);
                case PDF -> pdf(table, figures, options, out);
                case XLSX -> new XlsxReport(figures).write(table, out);
                case CSV -> CsvReport.write(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void html(ReportTable table, FigureFormat figures, Options options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        templates.render(options.template(), model(table, figures, options.links(), options.linkPrefix()), writer);
        writer.flush();
    }

    private void pdf(ReportTable table, FigureFormat figures, Options options, OutputStream out) throws IOException {
        StringWriter html = new StringWriter();
        templates.render(options.template(), model(table, figures, false, ""), html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("costclose");
        builder.withHtmlContent(html.toString(), null);
        builder.toStream(out);
        builder.run();
    }

    private static Map<String, Object> model(ReportTable table, FigureFormat figures, boolean links, String prefix) {
        return Map.of("table", table, "fmt", figures, "lang", figures.locale().toLanguageTag(), "links", links,
                "linkPrefix", prefix);
    }
}
