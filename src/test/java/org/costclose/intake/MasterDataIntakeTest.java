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
