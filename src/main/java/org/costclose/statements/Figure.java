package org.costclose.statements;

/** What a cell holds, which decides its format: text, or a number of one of the finance kinds. */
public enum Figure {
    TEXT, AMOUNT, QUANTITY, RATE, PERCENT
}
