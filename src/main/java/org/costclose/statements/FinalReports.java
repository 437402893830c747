package org.costclose.statements;

import java.io.OutputStream;

/**
 * Renders the reports a close stores beside its dimension statements. The reports feature implements it: it
 * builds on the statements' renderer, so the statements cannot call its service themselves.
 */
public interface FinalReports {

    /**
     * renders a report of a version in a format as the signed-in pages show it, links relative to the server's
     * root as in the stored dimension statements; returns the report's file name without the extension
     */
    String render(String report, String company, String period, String version, StatementFormat format,
                  OutputStream out);
}
