package org.costclose.reconciliation;

/**
 * What a reconciliation proposes for one account: a primary category for a new P&L account, the account's
 * new name for its category, blocking the category of a blocked account, removing the category of an
 * account that left the chart. Stored as text (reconciliation_change.kind).
 */
public enum ChangeKind {
    CREATE, RENAME, BLOCK, REMOVE
}
