package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.testing.HeadlessChromium;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site passes axe-core (WCAG 2.0/2.1/2.2 A and AA, and axe's best practices) with no violation, in the
 * light and the dark colour scheme, on the home page, a role guide and a page with code blocks and tabs. axe comes
 * from Deque's Maven artifact (its {@code axe.min.js}), so no npm is needed. Skipped when Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @TempDir
    static Path dir;

    private Path site;
    private String axe;
    private ChromeDriver driver;

    @BeforeAll
    void buildAndStart() throws Exception {
        HeadlessChromium.assumeInstalled();
        site = dir.resolve("site");
        var config = ConfigLoader.load(Path.of("").toAbsolutePath(),
                new ConfigOverrides(null, null, null, site, null, false, null, null));
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertFalse(result.failed(), result.failure());
        axe = axeSource();
        driver = HeadlessChromium.start(dir.resolve("chrome-profile"), "1400,1000");
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertNotNull(in, "axe.min.js on the test class path (com.deque.html.axe-core:selenium)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} in {1} mode")
    @CsvSource({
        "index.html, light", "index.html, dark",
        "guides/role-based-guide-appsec-manager/index.html, light",
        "guides/role-based-guide-appsec-manager/index.html, dark",
        "guides/role-based-guide-security-manager/index.html, light",
        "guides/role-based-guide-security-manager/index.html, dark",
        "platform/dashboard/index.html, light", "platform/dashboard/index.html, dark"})
    void axeFindsNoViolation(String page, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        driver.get(site.resolve(page).toUri().toString());
        new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete';")));
        assertEquals(scheme, driver.executeScript("return getComputedStyle(document.documentElement).colorScheme;"),
                "the page is shown in " + scheme + " mode");
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                  }));
                }, function (e) { done(['axe failed: ' + e]); });""", TAGS);
        assertEquals(List.of(), violations, page + " in " + scheme + " mode");
    }
}
