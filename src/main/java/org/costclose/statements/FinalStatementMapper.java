package org.costclose.statements;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored final statements of closes (table final_statement). */
@Mapper
interface FinalStatementMapper {

    /** the kinds of stored statement: a dimension statement, a report */
    String DIMENSION = "DIMENSION";
    String REPORT = "REPORT";

    /**
     * What a row holds in a key column its kind does not have (a report's dimension and line structure, a dimension
     * statement's report): V20 keeps the unique key's columns NOT NULL, so it holds on every database.
     */
    String NONE = "-";

    void insertStatement(StoredStatement statement);

    int deleteOfClose(@Param("companyId") String companyId, @Param("periodId") String periodId,
                      @Param("processInstanceId") String processInstanceId);

    /** the period's stored statements without their bytes, newest close first */
    List<StoredStatement> findOfPeriod(@Param("companyId") String companyId, @Param("periodId") String periodId);

    /** one stored statement with its bytes, or null */
    StoredStatement findStatement(@Param("companyId") String companyId, @Param("statementId") long statementId);

    /**
     * A stored statement; {@code content} is null in listings. {@code statementId} is set by the insert.
     */
    final class StoredStatement {
        public Long statementId;
        public String companyId;
        public String periodId;
        public String versionId;
        public String processInstanceId;
        public String businessKey;
        public String kind;
        public String reportId;
        public String dimensionName;
        public String lineStructureId;
        public String fileFormat;
        public String fileName;
        public byte[] content;
        public long contentLength;
        public String sha256;
        public LocalDateTime renderedAt;
        public String renderedBy;
    }

    /**
     * The listing's answer: what a stored statement is, where to fetch it. A dimension statement (kind DIMENSION)
     * has a dimension and a line structure and no report; a report (kind REPORT) only its report id.
     */
    record Listed(long id, String period, String version, String kind, String report, String dimension,
                  String lineStructure, String format, String fileName, long contentLength, String sha256,
                  String processInstanceId, String businessKey, LocalDateTime renderedAt, String renderedBy) {

        static Listed of(StoredStatement row) {
            boolean report = REPORT.equals(row.kind);
            return new Listed(row.statementId, row.periodId, row.versionId, row.kind, report ? row.reportId : null,
                    report ? null : row.dimensionName, report ? null : row.lineStructureId, row.fileFormat,
                    row.fileName, row.contentLength, row.sha256, row.processInstanceId, row.businessKey,
                    row.renderedAt, row.renderedBy);
        }
    }
}
