package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.costclose.intake.IntakeFixture.csv;

import org.costclose.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each intake test gets a fresh company of its own (see {@link IntakeFixture}). */
abstract class IntakeTestBase {

    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;
    String company;

    @BeforeEach
    void newCompany() {
        company = new IntakeFixture(jdbc, intake).newCompany();
    }

    InvalidInputException reject(ImportKind kind, String file) {
        return (InvalidInputException) assertThatThrownBy(() -> intake.importCsv(company, kind, "f.csv", csv(file)))
                .isInstanceOf(InvalidInputException.class).actual();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE company_id = ?", Integer.class, company);
    }
}
