package org.costclose.setup;

import java.time.Instant;
import java.util.Objects;

/** A company with its currency and its active setup version (loadedAt is when that version was loaded). */
public record CompanySummary(String id, String name, String currency, int minorUnit, Long activeSetupId,
        Instant loadedAt) {

    public CompanySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
