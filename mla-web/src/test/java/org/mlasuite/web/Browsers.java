package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, set up one way for all of them. Where Chromium is missing the
 * tests skip, except in CI, which sets {@code MLA_BROWSER_TESTS=required} so that a missing browser fails the run.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("mla.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("mla.chromedriver", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    /** Fails (CI) or skips (elsewhere) the calling test class when Chromium or its driver is not installed. */
    static void requireOrSkip() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getenv("MLA_BROWSER_TESTS"))) {
            assertThat(installed).as("Chromium and chromedriver must be installed (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }

    /** A new headless browser, English UI, a fixed window size. */
    static ChromeDriver start() {
        requireOrSkip();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=en-GB", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
