package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.assertError;
import static org.costclose.setup.SetupYaml.assertOnlyError;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.time.LocalDate;
import java.util.List;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

/** The close's holidays in the setup: read from any file, written back sorted, each a real date, none twice. */
class CloseHolidaysSetupTest {

    private static final String BASE = COMPANY + CALENDAR + REST;

    @Test
    void shouldReadTheHolidaysFromSeveralFilesAndWriteThemBackSortedWithTheSameHash() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", BASE + "closeHolidays: [2027-01-01]\n"),
                file("x.yaml", "closeHolidays:\n  - 2026-12-25\n  - 2026-12-24\n")));

        String written = SetupWriter.write(setup);
        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", written)));

        assertThat(setup.closeHolidays()).containsExactly(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-24"));
        assertThat(written).contains("closeHolidays: [2026-12-24, 2026-12-25, 2027-01-01]");
        assertThat(again.closeHolidays()).containsExactly(LocalDate.parse("2026-12-24"),
                LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
        assertThat(SetupHash.of(again)).isEqualTo(SetupHash.of(setup));
    }

    @Test
    void shouldLeaveTheSectionOutOfTheTextAndTheHashWhenThereAreNoHolidays() {
        CompanySetup without = SetupParser.read("acme", List.of(file("a.yaml", BASE)));
        CompanySetup empty = SetupParser.read("acme", List.of(file("a.yaml", BASE + "closeHolidays: []\n")));
        CompanySetup with = SetupParser.read("acme", List.of(file("a.yaml", BASE + "closeHolidays: [2026-12-24]\n")));

        assertThat(SetupWriter.write(without)).doesNotContain("closeHolidays");
        assertThat(SetupHash.canonicalJson(without)).doesNotContain("closeHolidays");
        assertThat(SetupHash.of(empty)).isEqualTo(SetupHash.of(without));
        assertThat(SetupHash.of(with)).isNotEqualTo(SetupHash.of(without));
    }

    @Test
    void shouldNameThePlaceWhenAHolidayIsNotADate() {
        List<InputError> errors = errorsWith("closeHolidays:\n  - 2026-12-24\n  - 2026-02-30\n  - 24.12.2026\n");

        assertThat(errors).as(errors.toString()).hasSize(2);
        assertError(errors.get(0), "x.yaml", 3, "closeHolidays[1]", "must be a date written YYYY-MM-DD");
        assertThat(errors.get(0).value()).isEqualTo("2026-02-30");
        assertError(errors.get(1), "x.yaml", 4, "closeHolidays[2]", "must be a date written YYYY-MM-DD");
    }

    @Test
    void shouldNameBothPlacesWhenAHolidayIsListedTwice() {
        List<InputError> errors = errorsWith("closeHolidays: [2026-12-24,\n  2026-12-25, 2026-12-24]\n");

        assertOnlyError(errors, "x.yaml", 2, "closeHolidays[2]", "holiday 2026-12-24 is defined twice (first in x.yaml line 1)");
    }
}
