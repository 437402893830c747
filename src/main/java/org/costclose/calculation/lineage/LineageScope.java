package org.costclose.calculation.lineage;

/**
 * What a lineage reads: the version's calculation transactions of the period and the cost transactions of
 * the calculation's input version (the ledger and production post into ACTUAL, which every version starts from).
 */
record LineageScope(String companyId, String periodId, String versionId, String inputVersion, int minorUnit) {
}
