package org.costclose.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auditor in a real browser (Debian's headless Chromium, driven by Selenium): signs in, opens the steel
 * statement and drills from CP Iron's total cost to a GL entry, with a screenshot of each page in
 * target/screenshots/. Runs on H2 only (no "db" tag): the pages are the same on PostgreSQL, where
 * StatementPagesTest drills the same path over HTTP. A machine without chromium fails here, it never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class SteelStatementBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;

    private WebDriver browser;

    @BeforeEach
    void startChromium(@TempDir Path profile) {
        assertThat(CHROMIUM.canExecute()).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)")
                .isTrue();
        assertThat(CHROMEDRIVER.canExecute()).as("Debian's chromium-driver (apt-get install chromium-driver)").isTrue();
        SteelStatementFixture.calculate(demo, ledger, production, http);
        ChromeOptions options = new ChromeOptions();
        // the binary and the driver are named, so Selenium Manager never tries to download one
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        SteelStatementFixture.forget(jdbc);
    }

    @Test
    void shouldLeadAnAuditorFromThePigIronsTotalCostToAGlEntryWhenDrillingInTheBrowser() throws IOException {
        browser.get(http.getRootUri() + SteelStatementFixture.STATEMENT);
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("auditor");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();

        // back at the statement asked for
        waitFor(By.id("cell-Iron-3_TC"));
        assertThat(browser.findElement(By.id("cell-Iron-3_TC")).getText()).isEqualTo("667,833.00");
        assertThat(browser.findElement(By.id("cell-Iron-3_TT")).getText()).isEqualTo("111.31");
        screenshot("1-statement");

        browser.findElement(By.cssSelector("#cell-Iron-3_TC a")).click();
        waitFor(By.id("categories"));
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("signed in as auditor");
        assertThat(browser.findElement(By.id("category-CC-CPwg")).findElement(By.xpath("ancestor::tr")).getText())
                .startsWith("CC-CPwg 10,000.00");
        screenshot("2-categories");

        browser.findElement(By.id("category-CC-CPwg")).click();
        waitFor(By.id("transactions"));
        browser.findElement(By.cssSelector("a.trace")).click();

        waitFor(By.id("trace"));
        assertThat(browser.findElement(By.id("run")).getText()).contains("step 1 WAGES, rule 2");
        assertThat(browser.findElement(By.cssSelector("#trace tr:nth-child(2)")).getText())
                .contains("CostCenter BF", "CostPurpose Iron", "600250", "10,000.00");
        screenshot("3-trace");

        browser.findElement(By.id("sender-BF-600250")).click();
        waitFor(By.id("transactions"));
        browser.findElement(By.cssSelector("a.gl-entry")).click();

        waitFor(By.id("gl-entry"));
        assertThat(browser.findElement(By.id("entry-id")).getText()).isEqualTo("ST-2026-10-0014");
        assertThat(browser.findElement(By.id("account")).getText()).isEqualTo("600250 Manufacturing salaries");
        assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("10,000.00");
        Path shot = screenshot("4-gl-entry");
        assertThat(Files.size(shot)).isGreaterThan(1_000);
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), SCREENSHOTS.resolve("steel-drill-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
