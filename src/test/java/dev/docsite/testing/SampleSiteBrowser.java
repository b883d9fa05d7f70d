package dev.docsite.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import java.time.Duration;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site built with the tests' clock into {@code <dir>/site} and a headless Chromium to read it from disk:
 * what the browser tests of the theme, the sidebar and the search start from. Skips the test where Chromium is absent.
 *
 * @param site   the built site
 * @param driver the browser, with a fresh profile in {@code <dir>/chrome-profile}
 * @param pageWait a wait of {@link #TIMEOUT}
 */
public record SampleSiteBrowser(Path site, ChromeDriver driver, WebDriverWait pageWait) implements AutoCloseable {

    /** The CI machine is a busy 2-core box. */
    public static final Duration TIMEOUT = Duration.ofSeconds(45);

    /**
     * Builds the sample site and starts the browser.
     *
     * @param windowSize {@code "1400,1000"}, or {@code null} for Chromium's default
     */
    public static SampleSiteBrowser open(Path dir, String windowSize) throws Exception {
        HeadlessChromium.assumeInstalled();
        Path site = dir.resolve("site");
        var config = ConfigLoader.load(Path.of("").toAbsolutePath(),
                new ConfigOverrides(null, null, null, site, null, false, null, null));
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertFalse(result.failed(), result.failure());
        ChromeDriver driver = HeadlessChromium.start(dir.resolve("chrome-profile"), windowSize);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        return new SampleSiteBrowser(site, driver, new WebDriverWait(driver, TIMEOUT));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
