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
 * The final statements of a close: the dimension statement of each version, cost-accounting dimension and line
 * structure, in every format (a PDF only up to {@value DimensionStatementService#MAX_PDF} values), stored as
 * rendered with their SHA-256. The links of a stored HTML are relative to the server's root.
 */
@Service
class FinalStatementService implements FinalStatements {

    static final String DIMENSION = "DIMENSION";

    private final DimensionStatementService statements;
    private final FinalStatementMapper mapper;
    private final SetupService setups;
    private final CurrentUser user;
    private final Clock clock;

    FinalStatementService(DimensionStatementService statements, FinalStatementMapper mapper, SetupService setups,
                          CurrentUser user, Clock clock) {
        this.statements = statements;
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
        int stored = 0;
        for (String version : versions) {
            for (Dimension dimension : setup.costAccountingDimensions()) {
                for (LineStructure structure : setup.lineStructures()) {
                    DimensionStatementRequest request = new DimensionStatementRequest(companyId, periodId, version,
                            dimension.name(), structure.id(), null, List.of(), "auto", false);
                    DimensionStatement statement = statements.check(request, StatementFormat.HTML);
                    for (StatementFormat format : StatementFormat.values()) {
                        if (format != StatementFormat.PDF || statement.valueCount() <= DimensionStatementService.MAX_PDF) {
                            mapper.insertStatement(row(statement, format, processInstanceId, businessKey));
                            stored++;
                        }
                    }
                }
            }
        }
        return stored;
    }

    private FinalStatementMapper.StoredStatement row(DimensionStatement statement, StatementFormat format,
                                                     String processInstanceId, String businessKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        statements.render(statement, format, "", bytes);
        FinalStatementMapper.StoredStatement row = new FinalStatementMapper.StoredStatement();
        row.companyId = statement.company();
        row.periodId = statement.source().period();
        row.versionId = statement.source().version();
        row.processInstanceId = processInstanceId;
        row.businessKey = businessKey;
        row.kind = DIMENSION;
        row.dimensionName = statement.source().dimension();
        row.lineStructureId = statement.structure().id();
        row.fileFormat = format.name();
        row.fileName = statement.fileName() + "-" + statement.structure().id() + "." + format.extension();
        row.content = bytes.toByteArray();
        row.contentLength = row.content.length;
        row.sha256 = sha256(row.content);
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
}
