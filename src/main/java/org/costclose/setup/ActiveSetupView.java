package org.costclose.setup;

import java.time.Instant;
import java.util.List;
import org.costclose.setup.model.CompanySetup;

/** The answer of GET /api/companies/{company}/setup: the active version, its model and the history. */
record ActiveSetupView(String companyId, long setupId, String contentHash, String loadedBy, Instant loadedAt,
        String source, CompanySetup setup, List<SetupVersionSummary> history) {
}
