package org.costclose.statements;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.costclose.close.FinalStatements;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.LineStructure;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final statements of a close: for each version, the dimension statement of each cost-accounting dimension and
 * line structure and the reports an auditor replays the close by (allocation trace, cost rates), in every format
 * (a statement's PDF only up to {@value DimensionStatementService#MAX_PDF} values), stored as rendered with their
 * SHA-256. The links of a stored HTML are relative to the server's root.
 */
@Service
class FinalStatementService implements FinalStatements {

    /** the reports stored per version, by their id in {@code /reports/{report}} */
    static final List<String> REPORTS = List.of("allocation-trace", "cost-rates");

    private final DimensionStatementService statements;
    private final FinalReports reports;
    private final FinalStatementMapper mapper;
    private final SetupService setups;
    private final CurrentUser user;
    private final Clock clock;

    FinalStatementService(DimensionStatementService statements, FinalReports reports, FinalStatementMapper mapper,
                          SetupService setups, CurrentUser user, Clock clock) {
        this.statements = statements;
        this.reports = reports;
        this.mapper = mapper;
        this.setups = setups;
        this.user = user;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int store(String companyId, String periodId, List<String> versions, String processInstanceId,
                     String businessKey) {
        mapper.deleteOfClose(companyId, periodId, processInstanceId);
        var setup = setups.activeSetup(companyId).orElseThrow(() -> new NotFoundException("unknown company " + companyId));
        Close close = new Close(companyId, periodId, processInstanceId, businessKey);
        int stored = 0;
        for (String version : versions) {
            for (Dimension dimension : setup.costAccountingDimensions()) {
                for (LineStructure structure : setup.lineStructures()) {
                    stored += storeStatement(close, version, dimension.name(), structure.id());
                }
            }
            for (String report : REPORTS) {
                stored += storeReport(close, version, report);
            }
        }
        return stored;
    }

    private int storeStatement(Close close, String version, String dimension, String structure) {
        DimensionStatement statement = statements.check(new DimensionStatementRequest(close.company(), close.period(),
                version, dimension, structure, null, List.of(), "auto", false), StatementFormat.HTML);
        int stored = 0;
        for (StatementFormat format : StatementFormat.values()) {
            if (format != StatementFormat.PDF || statement.valueCount() <= DimensionStatementService.MAX_PDF) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                statements.render(statement, format, "", bytes);
                FinalStatementMapper.StoredStatement row = row(close, version, format, bytes.toByteArray());
                row.kind = FinalStatementMapper.DIMENSION;
                row.reportId = FinalStatementMapper.NONE;
                row.dimensionName = dimension;
                row.lineStructureId = structure;
                row.fileName = statement.fileName() + "-" + structure + "." + format.extension();
                mapper.insertStatement(row);
                stored++;
            }
        }
        return stored;
    }

    private int storeReport(Close close, String version, String report) {
        for (StatementFormat format : StatementFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String fileName = reports.render(report, close.company(), close.period(), version, format, bytes);
            FinalStatementMapper.StoredStatement row = row(close, version, format, bytes.toByteArray());
            row.kind = FinalStatementMapper.REPORT;
            row.reportId = report;
            row.dimensionName = FinalStatementMapper.NONE;
            row.lineStructureId = FinalStatementMapper.NONE;
            row.fileName = fileName + "-" + version + "." + format.extension();
            mapper.insertStatement(row);
        }
        return StatementFormat.values().length;
    }

    private FinalStatementMapper.StoredStatement row(Close close, String version, StatementFormat format,
                                                     byte[] content) {
        FinalStatementMapper.StoredStatement row = new FinalStatementMapper.StoredStatement();
        row.companyId = close.company();
        row.periodId = close.period();
        row.versionId = version;
        row.processInstanceId = close.processInstanceId();
        row.businessKey = close.businessKey();
        row.fileFormat = format.name();
        row.content = content;
        row.contentLength = content.length;
        row.sha256 = sha256(content);
        row.renderedAt = LocalDateTime.now(clock);
        row.renderedBy = user.name();
        return row;
    }

    @Transactional(readOnly = true)
    public List<FinalStatementMapper.Listed> list(String companyId, String periodId) {
        setups.activeSetup(companyId).orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
        return mapper.findOfPeriod(companyId, periodId).stream().map(FinalStatementMapper.Listed::of).toList();
    }

    @Transactional(readOnly = true)
    public FinalStatementMapper.StoredStatement statement(String companyId, long statementId) {
        FinalStatementMapper.StoredStatement statement = mapper.findStatement(companyId, statementId);
        if (statement == null) {
            throw new NotFoundException("no stored statement " + statementId + " of company '" + companyId + "'");
        }
        return statement;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has SHA-256", e);
        }
    }

    /** the close a set of final statements belongs to */
    private record Close(String company, String period, String processInstanceId, String businessKey) {
    }
}
