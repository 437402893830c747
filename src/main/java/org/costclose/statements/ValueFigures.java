package org.costclose.statements;

import java.util.List;
import java.util.Map;
import org.costclose.balances.BalanceRow;

/** One dimension value's lines in the statement's balances and in each comparison's (by line id). */
record ValueFigures(String value, String name, boolean group, Map<String, BalanceRow.LineRow> lines,
                    List<Map<String, BalanceRow.LineRow>> compared) {
}
