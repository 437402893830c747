package org.costclose.intake;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * Set-based intake of append-only entries through a kind's staging table. Table and column names
 * come from {@link ImportKind} constants, never from input.
 */
@Mapper
interface EntryMapper {

    void insertStageRow(StageRow row);

    List<RowClash> findDuplicateIds(EntryTable table);

    long countDuplicateIds(EntryTable table);

    ClashCounts countClashes(EntryTable table);

    List<RowClash> findConflicts(EntryTable table);

    void deleteStoredFromStage(EntryTable table);

    /** inserts every staged row of the import: the checks and deleteStoredFromStage ran before */
    int insertNewEntries(EntryTable table);

    void deleteStage(EntryTable table);

    void createTemporaryStage(EntryTable table);

    void analyzeStage(EntryTable table);

    /** a kind's table and the staging table of one import: {@code columnList} is the comma-joined data columns */
    record EntryTable(String table, String stageTable, String idColumn, String columnList, String companyId,
                      long importId) {
    }

    record StageRow(String stageTable, String columnList, String companyId, long importId, long rowNo, long rowHash,
                    Object[] values) {
    }

    /** a staged row that clashes with another: a duplicate id in the file or a stored id with other content */
    record RowClash(long rowNo, String entryId, long other) {
    }

    record ClashCounts(long unchanged, long conflicting) {
    }
}
