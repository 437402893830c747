package org.costclose.reports;

/**
 * One report of {@code GET /api/companies/{company}/reports/{report}}: it checks its parameters (every problem
 * recorded in the request's checks, thrown together as one 422) and builds its content, whose rows may still be
 * read from the database while the response streams.
 */
interface Report {

    /** the report's name in the URL */
    String id();

    ReportContent build(ReportRequest request);
}
