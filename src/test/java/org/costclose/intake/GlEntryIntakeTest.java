package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.intake.IntakeFixture.csv;

import java.math.BigDecimal;
import java.util.Map;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class GlEntryIntakeTest extends IntakeTestBase {

    static final String GOOD = """
            entry_id,voucher,date,account,amount,quantity,unit,posting_layer,CostCenter,CostPurpose,Department
            GL-1,V1,2026-10-01,500111,472500.00,8820,t,CURRENT,,Sint,D10
            GL-2,V2,2026-10-01,600250,5333,,,CURRENT,SP,,
            GL-3,V3,2026-10-02,401100,-15000.00,1000,t,operations,,Slag,
            GL-4,V4,2026-10-02,140000,-472500.00,,,CURRENT,,,
            """;


    @ParameterizedTest(name = "fast path allowed: {0}")
    @ValueSource(booleans = {true, false})
    void shouldStoreEveryRowToTheCentWhenTheFileIsValid(boolean fastPath) {
        ImportRecord record = intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GOOD), fastPath);

        assertThat(record.outcome()).isEqualTo(ImportRecord.STORED);
        assertThat(record.rowsRead()).isEqualTo(4);
        assertThat(record.rowsStored()).isEqualTo(4);
        assertThat(record.fileHash()).hasSize(64);
        Map<String, Object> gl1 = jdbc.queryForMap("SELECT * FROM gl_entry WHERE company_id = ? AND entry_id = 'GL-1'", company);
        assertThat((BigDecimal) gl1.get("amount")).isEqualByComparingTo("472500.00");
        assertThat(gl1.get("period_id")).isEqualTo("2026-10");
        assertThat(gl1.get("dim_1")).isNull();
        assertThat(gl1.get("dim_2")).isEqualTo("Sint");
        assertThat(gl1.get("dim_3")).isEqualTo("D10");
        assertThat(gl1.get("import_id")).isEqualTo(record.importId());
        assertThat(jdbc.queryForObject("SELECT posting_layer FROM gl_entry WHERE company_id = ? AND entry_id = 'GL-3'",
                String.class, company)).isEqualTo("OPERATIONS");
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM gl_entry WHERE company_id = ?", BigDecimal.class, company))
                .isEqualByComparingTo("-9667.00");
        assertThat(stagedRows()).isZero();
    }

    @Test
    void shouldStoreNothingNewAndSaySoWhenTheSameFileIsSentAgain() {
        ImportRecord first = intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GOOD));
        ImportRecord again = intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GOOD));

        assertThat(again.outcome()).isEqualTo(ImportRecord.UNCHANGED);
        assertThat(again.rowsStored()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(4);
        assertThat(again.summary()).isEqualTo("nothing new: all 4 rows were already stored with the same content");
        assertThat(again.fileHash()).isEqualTo(first.fileHash());
        assertThat(glRows()).isEqualTo(4);
        assertThat(intake.imports(company, 0, 10)).extracting(ImportRecord::outcome)
                .startsWith(ImportRecord.UNCHANGED, ImportRecord.STORED);
    }

    @Test
    void shouldStoreOnlyTheNewRowsWhenAFileRepeatsStoredOnes() {
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GOOD));
        ImportRecord next = intake.importCsv(company, ImportKind.GL_ENTRIES, "gl2.csv", csv(GOOD
                + "GL-5,V5,2026-11-03,600250,10000.00,,,CURRENT,BF,,\n"));

        assertThat(next.outcome()).isEqualTo(ImportRecord.STORED);
        assertThat(next.rowsStored()).isEqualTo(1);
        assertThat(next.rowsUnchanged()).isEqualTo(4);
        assertThat(glRows()).isEqualTo(5);
    }

    @Test
    void shouldRejectTheWholeFileNamingTheIdWhenAStoredIdComesWithOtherContent() {
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GOOD));
        String changed = GOOD.replace("GL-2,V2,2026-10-01,600250,5333,", "GL-2,V2,2026-10-01,600250,5334,")
                + "GL-6,V6,2026-10-05,600250,1.00,,,CURRENT,BF,,\n";

        InvalidInputException rejected = reject(changed);

        assertThat(rejected.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("entry_id");
            assertThat(error.value()).isEqualTo("GL-2");
            assertThat(error.reason()).contains("already stored by import").contains("different content");
        });
        assertThat(glRows()).isEqualTo(4);
    }

    @Test
    void shouldListEveryBadRowWithColumnValueAndReasonAndStoreNothing() {
        String bad = """
                entry_id,voucher,date,account,amount,quantity,unit,posting_layer,CostCenter,CostPurpose,Department
                GL-1,V1,2026-10-01,500111,472500.00,,,CURRENT,,Sint,
                GL-2,V2,01.10.2026,600250,5333,,,CURRENT,SP,,
                GL-3,V3,2026-10-02,401100,1.234,,,CURRENT,,Slag,
                GL-4,V4,2026-10-02,401100,12a,,,CURRENT,,Slag,
                GL-5,V5,2026-10-02,999999,10.00,,,CURRENT,,Slag,
                GL-6,V6,2026-10-02,401100,10.00,,,CURRENT,XX,Slag,
                GL-7,V7,2027-12-31,401100,10.00,,,CURRENT,,Slag,
                GL-8,V8,2026-09-30,401100,10.00,,,CURRENT,,Slag,
                GL-1,V9,2026-10-03,500111,1.00,,,CURRENT,,Sint,
                GL-10,V10,2026-10-03,500111,1.00,,,LEDGER,,Sint,
                GL-11,V11,2026-10-03,500111,1.00,,,CURRENT,,Sint
                """;

        InvalidInputException rejected = reject(bad);

        assertThat(rejected.errors()).extracting(InputError::row, InputError::field, InputError::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "date", "01.10.2026"),
                        org.assertj.core.groups.Tuple.tuple(4L, "amount", "1.234"),
                        org.assertj.core.groups.Tuple.tuple(5L, "amount", "12a"),
                        org.assertj.core.groups.Tuple.tuple(6L, "account", "999999"),
                        org.assertj.core.groups.Tuple.tuple(7L, "CostCenter", "XX"),
                        org.assertj.core.groups.Tuple.tuple(8L, "date", "2027-12-31"),
                        org.assertj.core.groups.Tuple.tuple(9L, "date", "2026-09-30"),
                        org.assertj.core.groups.Tuple.tuple(10L, "entry_id", "GL-1"),
                        org.assertj.core.groups.Tuple.tuple(11L, "posting_layer", "LEDGER"),
                        org.assertj.core.groups.Tuple.tuple(12L, null, null));
        assertThat(rejected.errors()).extracting(InputError::reason).containsExactly(
                "not a date; expected YYYY-MM-DD",
                "has 3 decimals; the currency allows 2",
                "not a number; expected digits with an optional '.' and decimals, no thousands separators",
                "unknown account: not in the company's chart of accounts",
                "unknown value of dimension CostCenter",
                "date is outside every period of the company's fiscal calendar",
                "period 2026-09 is locked; it takes no postings",
                "duplicate id inside the file: also on row 2",
                "must be one of [CURRENT, OPERATIONS, TAX]",
                "row has 10 fields; the header has 11");
        assertThat(rejected.errorCount()).isEqualTo(10);
        assertThat(rejected.getBody().getProperties()).containsEntry("rowsRead", 11L);
        assertThat(glRows()).isZero();
        assertThat(stagedRows()).isZero();
    }

    @Test
    void shouldNameMissingUnknownAndRepeatedColumnsWhenTheColumnSetIsWrong() {
        InvalidInputException rejected = reject("""
                entry_id,date,date,account,Region,CostCenter
                GL-1,2026-10-01,2026-10-01,500111,N,SP
                """);

        assertThat(rejected.errors()).extracting(InputError::row).containsOnly(1L);
        assertThat(rejected.errors()).extracting(InputError::field, InputError::reason)
                .anySatisfy(t -> assertThat(t.toList()).containsExactly("date", "column appears more than once"))
                .anySatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("amount"))
                .anySatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("Region"));
        assertThat(rejected.errors()).filteredOn(e -> "amount".equals(e.field())).singleElement()
                .extracting(InputError::reason).asString().startsWith("required column is missing");
        assertThat(rejected.errors()).filteredOn(e -> "Region".equals(e.field())).singleElement()
                .extracting(InputError::reason).asString().startsWith("unknown column");
        assertThat(glRows()).isZero();
    }

    @Test
    void shouldListTheFirstHundredErrorsAndCountTheRestWhenAFileIsFullOfThem() {
        StringBuilder file = new StringBuilder("entry_id,date,account,amount\n");
        for (int i = 1; i <= 250; i++) {
            file.append("E").append(i).append(",2026-10-01,500111,").append(i % 2 == 0 ? "x" : "1.00").append('\n');
        }

        InvalidInputException rejected = reject(file.toString());

        assertThat(rejected.errors()).hasSize(ErrorCollector.CAP);
        assertThat(rejected.errorCount()).isEqualTo(125);
        assertThat(rejected.getBody().getDetail()).contains("125 problems", "25 more not listed", "nothing was stored");
        assertThat(glRows()).isZero();
    }

    @Test
    void shouldRecordARejectedImportWithItsErrors() {
        InvalidInputException rejected = reject(GOOD.replace("5333", "5333.001"));
        long importId = (Long) rejected.getBody().getProperties().get("importId");

        ImportDetail detail = intake.importDetail(company, importId);

        assertThat(detail.importRecord().outcome()).isEqualTo(ImportRecord.REJECTED);
        assertThat(detail.importRecord().errorCount()).isEqualTo(1);
        assertThat(detail.importRecord().rowsStored()).isZero();
        assertThat(detail.importRecord().fileHash()).hasSize(64);
        assertThat(detail.errors()).singleElement().extracting(InputError::row, InputError::field)
                .containsExactly(3L, "amount");
    }

    @Test
    void shouldAcceptAnAmountWithTrailingZerosBeyondTheMinorUnit() {
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv("entry_id,date,account,amount\nE1,2026-10-01,500111,10.5000\n"));

        assertThat(jdbc.queryForObject("SELECT amount FROM gl_entry WHERE company_id = ?", BigDecimal.class, company))
                .isEqualByComparingTo("10.50");
    }

    private InvalidInputException reject(String file) {
        return reject(ImportKind.GL_ENTRIES, file);
    }

    private int glRows() {
        return count("gl_entry");
    }

    private int stagedRows() {
        return count("gl_entry_stage");
    }
}
