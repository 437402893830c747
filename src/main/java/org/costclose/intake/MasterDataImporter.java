package org.costclose.intake;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.costclose.intake.MasterDataMapper.AccountRow;
import org.costclose.intake.MasterDataMapper.DimensionValueRow;
import org.springframework.stereotype.Component;

/**
 * Chart of accounts and dimension values. Unlike entries these are the ERP's current master data:
 * a re-import inserts new rows and updates changed ones (what account reconciliation reports); a complete
 * chart marks the accounts it does not list as no longer in the chart. Master data is small, so a file is checked as a whole in memory.
 */
@Component
class MasterDataImporter {

    static final String KEY_SEPARATOR = "\u0000";

    private final MasterDataMapper mapper;

    MasterDataImporter(MasterDataMapper mapper) {
        this.mapper = mapper;
    }

    ImportCounts importRows(IntakeContext context, ImportKind kind, CsvFile file, long importId, ErrorCollector errors,
                            boolean completeChart) throws IOException {
        RowLayout layout = RowLayout.resolve(kind, file.header(), context, errors);
        if (errors.hasErrors()) {
            throw new FileRejectedException(errors, 0, file.sha256());
        }
        RowParser parser = new RowParser(layout, context);
        Map<String, ParsedRow> rows = new LinkedHashMap<>();
        long[] rowsRead = {0};
        file.forEachRow((record, row) -> {
            rowsRead[0]++;
            ParsedRow parsed = parser.parse(record, row, errors);
            if (parsed == null) {
                return;
            }
            String key = kind == ImportKind.ACCOUNTS ? (String) parsed.values()[0]
                    : parsed.values()[0] + KEY_SEPARATOR + parsed.values()[1];
            ParsedRow first = rows.putIfAbsent(key, parsed);
            if (first != null) {
                errors.add(row, layout.slots().get(kind == ImportKind.ACCOUNTS ? 0 : 1).field().header(),
                        key.replace(KEY_SEPARATOR, "/"), "duplicate inside the file: also on row " + first.rowNo());
            }
        }, errors);
        String fileHash = file.sha256();
        ImportCounts counts = kind == ImportKind.ACCOUNTS
                ? storeAccounts(context, rows, importId, errors, new ImportCounts(rowsRead[0], 0, 0, 0, fileHash), completeChart)
                : storeDimensionValues(context, rows.values(), errors, rowsRead[0], fileHash);
        if (errors.hasErrors()) {
            throw new FileRejectedException(errors, rowsRead[0], fileHash);
        }
        return counts;
    }

    private ImportCounts storeAccounts(IntakeContext context, Map<String, ParsedRow> rows, long importId,
                                       ErrorCollector errors, ImportCounts read, boolean completeChart) {
        if (completeChart && rows.isEmpty() && !errors.hasErrors()) {
            errors.add(1, "complete", "true", "a complete chart of accounts without accounts would remove every account");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Map<String, AccountRow> stored = mapper.findAccounts(context.companyId()).stream()
                .collect(Collectors.toMap(AccountRow::accountNo, Function.identity()));
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (ParsedRow row : rows.values()) {
            Object[] v = row.values();
            var account = new AccountRow((String) v[0], (String) v[1], (String) v[2], (String) v[3], "Y");
            AccountRow before = stored.get(account.accountNo());
            if (before == null) {
                mapper.insertAccount(context.companyId(), importId, account);
                inserted++;
            } else if (!before.equals(account)) {
                mapper.updateAccount(context.companyId(), importId, account);
                updated++;
            } else {
                unchanged++;
            }
        }
        long removed = completeChart ? markRemoved(context.companyId(), stored.values(), rows.keySet(), importId) : 0;
        return new ImportCounts(read.rowsRead(), inserted, updated + removed, unchanged, read.fileHash());
    }

    /** accounts of the company that a complete chart does not list; counted as updated rows */
    private long markRemoved(String companyId, Iterable<AccountRow> stored, Set<String> inFile, long importId) {
        long removed = 0;
        for (AccountRow account : stored) {
            if (!inFile.contains(account.accountNo()) && "Y".equals(account.inChart())) {
                mapper.updateAccountRemoved(companyId, importId, account.accountNo());
                removed++;
            }
        }
        return removed;
    }

    private ImportCounts storeDimensionValues(IntakeContext context, Iterable<ParsedRow> rows, ErrorCollector errors,
                                              long rowsRead, String fileHash) {
        Map<String, DimensionValueRow> stored = mapper.findDimensionValues(context.companyId()).stream()
                .collect(Collectors.toMap(r -> r.dimensionName() + KEY_SEPARATOR + r.valueCode(), Function.identity()));
        Map<String, DimensionValueRow> merged = new HashMap<>(stored);
        Map<String, ParsedRow> fileRows = new LinkedHashMap<>();
        for (ParsedRow row : rows) {
            Object[] v = row.values();
            var value = new DimensionValueRow((String) v[0], (String) v[1], (String) v[2], (String) v[3], "IMPORT");
            String key = value.dimensionName() + KEY_SEPARATOR + value.valueCode();
            if (!context.dimensions().containsKey(value.dimensionName())) {
                errors.add(row.rowNo(), "dimension", value.dimensionName(),
                        "unknown dimension; the company's financial dimensions are " + context.dimensions().keySet());
                continue;
            }
            DimensionValueRow before = stored.get(key);
            if (before != null && "SETUP".equals(before.source()) && !sameContent(before, value)) {
                errors.add(row.rowNo(), "value", value.valueCode(), "defined by the company setup as '" + before.name()
                        + "'" + (before.parentCode() == null ? "" : " under " + before.parentCode()) + "; change it there");
                continue;
            }
            merged.put(key, before != null && "SETUP".equals(before.source()) ? before : value);
            fileRows.put(key, row);
        }
        ValueHierarchy.check(merged, fileRows, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return writeDimensionValues(context, fileRows.keySet(), stored, merged, rowsRead, fileHash);
    }

    private ImportCounts writeDimensionValues(IntakeContext context, Iterable<String> keys,
                                              Map<String, DimensionValueRow> stored,
                                              Map<String, DimensionValueRow> merged, long rowsRead, String fileHash) {
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (String key : keys) {
            DimensionValueRow before = stored.get(key);
            DimensionValueRow value = merged.get(key);
            if (before == null) {
                mapper.insertDimensionValue(context.companyId(), value);
                inserted++;
            } else if (!sameContent(before, value)) {
                mapper.updateDimensionValue(context.companyId(), value);
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportCounts(rowsRead, inserted, updated, unchanged, fileHash);
    }

    private static boolean sameContent(DimensionValueRow a, DimensionValueRow b) {
        return a.name().equals(b.name()) && Objects.equals(a.parentCode(), b.parentCode());
    }
}
