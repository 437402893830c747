package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.costclose.intake.IntakeFixture.csv;

import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class MasterDataIntakeTest extends IntakeTestBase {


    @Test
    void shouldInsertNewAccountsAndUpdateRenamedAndBlockedOnes() {
        ImportRecord record = intake.importCsv(company, ImportKind.ACCOUNTS, "coa.csv", csv("""
                account,name,type,blocked
                401100,Sales of by-products,revenue,no
                500111,Change in inventory - raw materials,expense,yes
                600250,Manufacturing salaries,expense,no
                700000,Depreciation,expense,no
                """));

        assertThat(record.rowsStored()).isEqualTo(1);
        assertThat(record.rowsUpdated()).isEqualTo(2);
        assertThat(record.rowsUnchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT name FROM account WHERE company_id = ? AND account_no = '401100'",
                String.class, company)).isEqualTo("Sales of by-products");
        assertThat(jdbc.queryForObject("SELECT status FROM account WHERE company_id = ? AND account_no = '500111'",
                String.class, company)).isEqualTo("BLOCKED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE company_id = ?", Integer.class, company)).isEqualTo(5);
    }

    @Test
    void shouldMarkUnlistedAccountsRemovedAndKeepTheirEntriesWhenAChartIsComplete() {
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv("""
                entry_id,date,account,amount
                E1,2026-10-01,600250,10.00
                """));

        ImportRecord record = intake.importCompleteChart(company, "coa.csv", csv("""
                account,name,type
                401100,Sales,revenue
                500111,Change in inventory - raw materials,expense
                """));

        assertThat(record.rowsUpdated()).isEqualTo(2);
        assertThat(record.rowsUnchanged()).isEqualTo(2);
        assertThat(record.summary()).contains("2 updated", "no longer in it");
        assertThat(inChart()).containsExactly("140000:N", "401100:Y", "500111:Y", "600250:N");
        assertThat(count("gl_entry")).isEqualTo(1);
    }

    @Test
    void shouldPutAnAccountBackInTheChartWhenALaterFileListsItAgain() {
        intake.importCompleteChart(company, "coa.csv", csv("account,name,type\n401100,Sales,revenue\n"));

        ImportRecord partial = intake.importCsv(company, ImportKind.ACCOUNTS, "more.csv",
                csv("account,name,type\n600250,Manufacturing salaries,expense\n"));

        assertThat(partial.rowsUpdated()).isEqualTo(1);
        assertThat(inChart()).containsExactly("140000:N", "401100:Y", "500111:N", "600250:Y");
    }

    @Test
    void shouldRefuseACompleteChartWithoutAccounts() {
        assertThatThrownBy(() -> intake.importCompleteChart(company, "empty.csv", csv("account,name,type\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InputError::reason)
                        .containsExactly("a complete chart of accounts without accounts would remove every account"));
        assertThat(inChart()).allMatch(account -> account.endsWith(":Y"));
    }

    private java.util.List<String> inChart() {
        return jdbc.queryForList("SELECT account_no || ':' || in_chart FROM account WHERE company_id = ? ORDER BY account_no",
                String.class, company);
    }

    @Test
    void shouldRejectAnUnknownAccountTypeAndADuplicateAccount() {
        InvalidInputException rejected = reject(ImportKind.ACCOUNTS, """
                account,name,type
                800000,Other,costs
                800001,Other,expense
                800001,Other again,expense
                """);

        assertThat(rejected.errors()).extracting(InputError::row, InputError::field, InputError::reason).containsExactly(
                tuple(2L, "type", "must be one of [ASSET, EQUITY, EXPENSE, LIABILITY, REVENUE]"),
                tuple(4L, "account", "duplicate inside the file: also on row 3"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE company_id = ?", Integer.class, company)).isEqualTo(4);
    }

    @Test
    void shouldAddDimensionValuesWithParentsFromTheSameFile() {
        ImportRecord record = intake.importCsv(company, ImportKind.DIMENSION_VALUES, "values.csv", csv("""
                dimension,value,name,parent
                CostCenter,MT,Maintenance,SERVICES
                CostCenter,SERVICES,Service cost centers,
                CostCenter,SP,SP name,PLANTS
                """));

        assertThat(record.rowsStored()).isEqualTo(2);
        assertThat(record.rowsUnchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT parent_code FROM dimension_value WHERE company_id = ? AND value_code = 'MT'",
                String.class, company)).isEqualTo("SERVICES");
    }

    @Test
    void shouldRejectUnknownDimensionsParentsLoopsAndChangesToSetupValues() {
        InvalidInputException rejected = reject(ImportKind.DIMENSION_VALUES, """
                dimension,value,name,parent
                Region,N,North,
                CostCenter,A,A,B
                CostCenter,B,B,A
                CostCenter,C,C,NOPE
                CostCenter,SP,Renamed sinter plant,PLANTS
                """);

        assertThat(rejected.errors()).extracting(InputError::row, InputError::field).containsExactly(
                tuple(2L, "dimension"), tuple(3L, "parent"), tuple(4L, "parent"), tuple(5L, "parent"), tuple(6L, "value"));
        assertThat(rejected.errors().get(1).reason()).isEqualTo("hierarchy loop: A → B → A");
        assertThat(rejected.errors().get(3).reason()).isEqualTo("unknown parent value in dimension CostCenter");
        assertThat(rejected.errors().get(4).reason()).startsWith("defined by the company setup");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dimension_value WHERE company_id = ?", Integer.class, company))
                .isEqualTo(7);
    }

}
