package dev.docsite.serve;

import dev.docsite.testing.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: edits reload the page, KPI feed changes update widgets in place, and broken
 * frontmatter shows the problems overlay until fixed. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewBrowserTest {

    /** The CI machine is a busy 2-core box. */
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    private static final String PAGE_A = "---\ntitle: Alpha guide\n---\n%s\n\n## Setup\n\nOpen criticals: :kpi[open-critical]\n";

    @TempDir
    static Path dir;

    private ServeFixture f;
    private PreviewServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        f = new ServeFixture(dir.resolve("site")).open();
        server = PreviewServer.start(f.preview, "127.0.0.1", 0, line -> { });
        driver = HeadlessChromium.start(dir.resolve("chrome-profile"), null);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        wait = new WebDriverWait(driver, TIMEOUT);
        // Widgets are replaced in place and pages reload under the wait: a vanished element just means "not yet".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void restoreFiles() throws Exception {
        if (driver == null) {
            return;
        }
        writeFile("content/guides/a.md", String.format(PAGE_A, "Original alpha text."));
        writeFile("data/kpi.json", ServeFixture.feedJson(41, 7));
        open("guides/a/");
        wait.until(d -> text("main").contains("Original alpha text."));
        wait.until(d -> widget().getText().contains("41"));
    }

    private void writeFile(String rel, String text) throws Exception {
        Path target = f.path(rel);
        // As editors do: write a temporary file, then rename it over the original.
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void open(String url) {
        driver.get("http://127.0.0.1:" + server.port() + "/" + url);
        // The live connection is up once the hello event arrived.
        wait.until(d -> js("return window.__docsiteLive && window.__docsiteLive.generation !== null") == Boolean.TRUE);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private String text(String css) {
        List<WebElement> els = driver.findElements(By.cssSelector(css));
        return els.isEmpty() ? "" : els.get(0).getText();
    }

    private WebElement widget() {
        return driver.findElement(By.cssSelector("main [data-kpi='open-critical']"));
    }

    @Test
    void editingTheMarkdownFileUpdatesThePageText() throws Exception {
        writeFile("content/guides/a.md", String.format(PAGE_A, "Alpha text edited in the editor."));
        wait.until(d -> text("main").contains("Alpha text edited in the editor."));
        assertTrue(!text("main").contains("Original alpha text."));
    }

    @Test
    void changingTheFeedUpdatesTheKpiInPlaceWithoutReloading() throws Exception {
        js("window.__noReloadMarker = 'still-here'");
        writeFile("data/kpi.json", ServeFixture.feedJson(57, 7));
        wait.until(d -> widget().getText().contains("57"));
        assertEquals("still-here", js("return window.__noReloadMarker"), "the page was not reloaded");
        assertTrue(((Number) js("return window.__docsiteLive.kpiUpdates")).intValue() >= 1);
        wait.until(d -> text("#docsite-live").contains("live"));
    }

    @Test
    void aBrokenFeedShowsItsProblemInTheOverlayWhileTheWidgetKeepsItsLastGoodValueMarkedAsSuch() throws Exception {
        writeFile("data/kpi.json", ServeFixture.feedJson(41, 7).replace("\"value\": 41.0", "\"value\": 1e400"));
        wait.until(d -> {
            List<WebElement> overlay = d.findElements(By.id("docsite-problems"));
            return !overlay.isEmpty() && overlay.get(0).isDisplayed() && overlay.get(0).getText().contains(
                    "kpis[0].value: the number is infinite or beyond the range docsite can hold");
        });
        WebElement problem = driver.findElement(By.cssSelector("#docsite-problems li[data-kpi-feed]"));
        assertEquals("data/kpi.json:1:179", problem.findElement(By.cssSelector(".problem-location")).getText());
        assertEquals("41", widget().getText().replaceAll(" .*", ""), "the last good value stays");
        assertTrue(widget().getAttribute("class").contains("kpi-last-good"));
        wait.until(d -> text("#docsite-live").startsWith("KPI feed failing since"));
        assertTrue(text("#docsite-live").contains("showing the last good values"), text("#docsite-live"));

        writeFile("data/kpi.json", ServeFixture.feedJson(41, 7));
        wait.until(d -> text("#docsite-live").startsWith("KPI feed live"));
        assertTrue(driver.findElements(By.cssSelector("#docsite-problems li[data-kpi-feed]")).isEmpty());
        assertFalse(widget().getAttribute("class").contains("kpi-last-good"));
    }

    @Test
    void brokenFrontMatterShowsTheOverlayAndFixingItRemovesIt() throws Exception {
        writeFile("content/guides/a.md", "---\ntitle: [unclosed\n---\nHalf-typed edit.\n");
        wait.until(d -> {
            List<WebElement> overlay = d.findElements(By.id("docsite-problems"));
            return !overlay.isEmpty() && overlay.get(0).isDisplayed()
                    && overlay.get(0).getText().contains("content/guides/a.md");
        });
        assertTrue(text("main").contains("Original alpha text."), "the last good page stays underneath");

        writeFile("content/guides/a.md", String.format(PAGE_A, "Fixed alpha text."));
        wait.until(d -> text("main").contains("Fixed alpha text."));
        wait.until(d -> {
            List<WebElement> overlay = d.findElements(By.id("docsite-problems"));
            return overlay.isEmpty() || !overlay.get(0).isDisplayed();
        });
    }
}
