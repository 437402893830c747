package org.costclose.setup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Rows of the setup tables as the mappers read and write them; times are UTC. */
final class SetupRows {

    private SetupRows() {
    }

    record NewVersion(String companyId, String contentHash, String content, String source, String loadedBy,
            LocalDateTime loadedAt) {
    }

    record ActiveVersion(long setupId, String contentHash) {
    }

    record Version(long setupId, String contentHash, String loadedBy, LocalDateTime loadedAt, String source) {
        SetupVersionSummary summary() {
            return new SetupVersionSummary(setupId, contentHash, loadedBy, loadedAt.toInstant(ZoneOffset.UTC), source);
        }
    }

    record Company(String companyId, String name, String currency, int minorUnit, Long activeSetupId,
            LocalDateTime loadedAt) {
        CompanySummary summary() {
            return new CompanySummary(companyId, name, currency.trim(), minorUnit, activeSetupId,
                    loadedAt == null ? null : loadedAt.toInstant(ZoneOffset.UTC));
        }
    }

    record Period(String companyId, String periodId, LocalDate startDate, LocalDate endDate) {
    }

    record Dimension(String companyId, String dimensionName, int slot, String role, String inSetup) {
    }

    record Value(String companyId, String dimensionName, String valueCode, String name, String parentCode,
            String source) {
    }

    /** how many stored rows use a dimension value */
    record ValueUse(String valueCode, long glEntries, long costTransactions, long calculationTransactions) {
    }

    record Category(String companyId, String categoryId, String name, String kind, BigDecimal fixedShare, String unit,
            String creditDimension, String debitDimension) {
    }
}
