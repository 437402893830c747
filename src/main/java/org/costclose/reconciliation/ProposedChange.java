package org.costclose.reconciliation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One proposed change. {@code currentName} is the category's name (none for CREATE), {@code proposedName}
 * the account's name for CREATE and RENAME; {@code outcome} says what applying did, once applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposedChange(ChangeKind kind, String accountNo, String categoryId, String currentName, String proposedName,
        String outcome) {

    public ProposedChange {
        if (kind == null || accountNo == null || categoryId == null) {
            throw new IllegalArgumentException("a change needs a kind, an account and a category");
        }
    }

    static ProposedChange of(ChangeKind kind, String accountNo, String categoryId, String currentName,
            String proposedName) {
        return new ProposedChange(kind, accountNo, categoryId, currentName, proposedName, null);
    }
}
