package org.costclose.statements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The formats a statement or report is rendered in; PDF is rendered from the HTML. */
public enum StatementFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    StatementFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** html, pdf, xlsx or csv, in any case */
    public static Optional<StatementFormat> of(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(format -> format.extension.equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** the first format an Accept header asks for (in its order of preference), HTML for none or a wildcard */
    public static Optional<StatementFormat> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        for (MediaType wanted : MediaType.parseMediaTypes(accept)) {
            if (wanted.isWildcardType()) {
                return Optional.of(HTML);
            }
            for (StatementFormat format : values()) {
                if (wanted.includes(MediaType.parseMediaType(format.contentType))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
