package dev.docsite.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.site.BuildResult;
import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Freshness is judged when the page is read, not when it was built: a page built from a feed measured an hour ago,
 * opened from disk in a real browser whose clock is moved 10 days ahead, shows every KPI stale with its age in
 * visible text; at the real time none is stale. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiFreshnessBrowserTest {

    @RegisterExtension
    static final ChromeSession CHROME = new ChromeSession("1200,1000");

    /** Runs before any page script: the browser's clock, {@code Date} and {@code Date.now()}, 10 days ahead. */
    private static final String TEN_DAYS_AHEAD = "(function () { var Real = Date, shift = 10 * 86400000;"
            + " function Shifted() { if (!(this instanceof Shifted)) { return new Real(Real.now() + shift).toString(); }"
            + " var a = Array.prototype.slice.call(arguments);"
            + " return a.length ? new (Function.prototype.bind.apply(Real, [null].concat(a)))()"
            + " : new Real(Real.now() + shift); }"
            + " Shifted.prototype = Real.prototype; Shifted.now = function () { return Real.now() + shift; };"
            + " Shifted.parse = Real.parse; Shifted.UTC = Real.UTC; window.Date = Shifted; })();";

    @TempDir
    static Path dir;

    private TestSite site;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        // Measured an hour before the test runs, so that it is fresh at the real time.
        Instant asOf = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "kpi:\n  feed: data/feed.json\n  max_age: 7d\n");
        site.file("data/feed.json", "{\"generated_at\": \"" + asOf + "\", \"kpis\": ["
                + "{\"id\": \"backlog\", \"label\": \"Backlog\", \"unit\": \"count\", \"better\": \"down\", \"value\": 142,"
                + " \"target\": 100, \"series\": [{\"t\": \"2025-11-01\", \"v\": 248}]},"
                + "{\"id\": \"sla\", \"label\": \"SLA\", \"unit\": \"percent\", \"better\": \"up\", \"value\": 91.4}]}");
        site.page("guide.md", "title: Guide\nkpis: [backlog, sla]", "Backlog today: :kpi[backlog].\n");
        BuildResult result = site.build();
        assertFalse(result.failed(), result.failure());
        driver = CHROME.driver();
        wait = CHROME.await();
    }

    private List<WebElement> openGuide() {
        driver.get(site.out().resolve("guide/index.html").toUri().toString());
        wait.until(d -> d.findElements(By.cssSelector("[data-kpi-judged=browser]")).size() == 3);
        return driver.findElements(By.cssSelector(".kpi-card"));
    }

    @Test
    void tenDaysLaterEveryCardIsStaleWithItsAgeInVisibleText() {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", TEN_DAYS_AHEAD));
        try {
            List<WebElement> cards = openGuide();
            assertEquals(2, cards.size());
            for (WebElement card : cards) {
                assertEquals("kpi-card kpi-is-stale", card.getAttribute("class"));
                assertEquals("Stale", card.findElement(By.cssSelector(".kpi-badge")).getAttribute("textContent"));
                assertEquals("10 days old, over the maximum age of 7 days",
                        card.findElement(By.cssSelector(".kpi-age")).getText());
                assertEquals("10 days old, stale: over the maximum age of 7 days",
                        card.findElement(By.cssSelector("[data-kpi-part=sentence-freshness]"))
                                .getAttribute("textContent"));
            }
            WebElement inline = driver.findElement(By.cssSelector(".kpi-inline"));
            assertEquals("142 ▼ stale (10 days old, over the maximum age of 7 days)", inline.getAttribute("textContent"));
            assertEquals("stale", inline.findElement(By.cssSelector(".kpi-badge")).getAttribute("textContent"));
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void atTheRealTimeNoCardIsStale() {
        List<WebElement> cards = openGuide();
        assertEquals(2, cards.size());
        for (WebElement card : cards) {
            assertEquals("kpi-card", card.getAttribute("class"));
            assertEquals("Fresh", card.findElement(By.cssSelector(".kpi-badge")).getAttribute("textContent"));
            assertEquals("1 hour old, within the maximum age of 7 days",
                    card.findElement(By.cssSelector(".kpi-age")).getText());
        }
        assertEquals("142 ▼", driver.findElement(By.cssSelector(".kpi-inline")).getText(), "the stale note is hidden");
    }
}
