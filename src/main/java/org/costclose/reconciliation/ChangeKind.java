package org.costclose.reconciliation;

/**
 * What a reconciliation proposes for one account: a primary category for a new P&L account, the account's
 * new name for its category, blocking the category of a blocked account, unblocking it once the account is
 * unblocked again, removing the category of an account that left the chart. Stored as text
 * (reconciliation_change.kind).
 */
public enum ChangeKind {
    CREATE, RENAME, BLOCK, UNBLOCK, REMOVE
}
