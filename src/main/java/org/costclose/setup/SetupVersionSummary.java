package org.costclose.setup;

import java.time.Instant;
import java.util.Objects;

/** One stored version of a company's setup: who loaded it, when, and from where. */
public record SetupVersionSummary(long setupId, String contentHash, String loadedBy, Instant loadedAt,
        String source) {

    public SetupVersionSummary {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }
}
