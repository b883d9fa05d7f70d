package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.SampleSiteBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box of the sample site in a real browser, opened from disk (where {@code fetch()} fails, so the index's
 * parts must load as scripts): a heading's words lead to that heading, exact words rank above longer words starting
 * with them, the results list works from the keyboard, and a page naming a docs version shows only that version's
 * results. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    /** The CI machine is a busy 2-core box. */
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @TempDir
    static Path dir;

    private Path site;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        SampleSiteBrowser browser = SampleSiteBrowser.open(dir, "1400,1000");
        site = browser.site();
        driver = browser.driver();
        wait = browser.pageWait();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement search(Path page, String query) {
        driver.get(page.toUri().toString());
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        wait.until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty()
                && d.findElement(By.id("search-results")).getAttribute("hidden") == null);
        return input;
    }

    private List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    @Test
    void aHeadingsWordsLeadToThatHeading() {
        WebElement input = search(site.resolve("index.html"), "events worth subscribing");
        WebElement first = driver.findElement(By.cssSelector("#search-results > li:first-child"));
        assertEquals("Notifications Center", first.findElement(By.className("search-result-title")).getText());
        assertEquals("Events worth subscribing to", first.findElement(By.className("search-result-section")).getText());
        assertEquals(List.of("Events", "worth", "subscribing"), first.findElements(By.cssSelector(
                ".search-result-section mark")).stream().map(WebElement::getText).toList());

        input.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("#events-worth-subscribing-to"));
        assertEquals(site.resolve("platform/notifications-center/index.html").toUri() + "#events-worth-subscribing-to",
                driver.getCurrentUrl());
    }

    private static List<String> markedWords(WebElement result) {
        return result.findElements(By.cssSelector("mark")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    @Test
    void anExactWordRanksAbovePagesWithLongerWordsStartingWithIt() {
        search(site.resolve("index.html"), "SLA");
        // Every page holding the word SLA comes before the one page that only has "Slack".
        assertEquals(List.of("AppSec Manager Guide", "Security Manager Guide", "AppSec Role Guides",
                "Integrations overview", "Dashboard", "Vulnerabilities", "Notifications Center"), resultTitles());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results > li"));
        assertEquals("SLA deterioration", results.get(0).findElement(By.className("search-result-section")).getText());
        assertEquals(List.of("SLA"), markedWords(results.get(0)));
        assertEquals(List.of("Slack"), markedWords(results.get(results.size() - 1)));
    }

    @Test
    void theResultsListIsACombobox() {
        WebElement input = search(site.resolve("index.html"), "risk score");
        WebElement list = driver.findElement(By.id("search-results"));
        assertEquals("true", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-result-1", input.getAttribute("aria-activedescendant"));
        assertEquals(List.of("false", "true"), list.findElements(By.cssSelector("[role=option]")).stream()
                .map(o -> o.getAttribute("aria-selected")).toList().subList(0, 2));
        input.sendKeys(Keys.ARROW_UP);
        assertEquals("search-result-0", input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertEquals("true", list.getAttribute("hidden"));
    }

    /** A fixture page naming version 2.0 over an index of three documents: 1.0, 2.0 and unscoped. */
    @Test
    void aPageNamingAVersionShowsThatVersionsResultsAndUnscopedOnes() throws Exception {
        Path fixture = dir.resolve("versioned");
        Files.createDirectories(fixture.resolve("search/f"));
        Files.createDirectories(fixture.resolve("search/c"));
        Files.createDirectories(fixture.resolve("assets"));
        Files.copy(Path.of("templates/assets/search.js"), fixture.resolve("assets/search.js"));
        SearchIndexWriter index = new SearchIndexWriter(List.of(
                SearchDocuments.of("1.0/install/", "Install 1.0", "1.0", "How to install the old version."),
                SearchDocuments.of("2.0/install/", "Install 2.0", "2.0", "How to install the new version."),
                SearchDocuments.of("support/", "Support", "", "Help with any install.")));
        Files.write(fixture.resolve(SearchIndexWriter.MANIFEST), index.manifest());
        Files.write(fixture.resolve(SearchIndexWriter.fragmentPath(0)), index.fragment(0));
        Files.write(fixture.resolve(SearchIndexWriter.chunkPath(0)), index.chunk(0));
        for (String version : List.of("2.0", "")) {
            Path page = fixture.resolve("page" + version + ".html");
            Files.writeString(page, "<!doctype html><html lang=\"en\" data-root=\"\"><head><meta charset=\"utf-8\">"
                    + (version.isEmpty() ? "" : "<meta name=\"docsearch:version\" content=\"" + version + "\">")
                    + "<title>Fixture</title></head><body><div class=\"search\" role=\"search\">"
                    + "<input type=\"search\" id=\"search-input\" role=\"combobox\" aria-controls=\"search-results\""
                    + " aria-expanded=\"false\"><ul id=\"search-results\" role=\"listbox\" hidden></ul>"
                    + "<script src=\"assets/search.js\" defer></script></div></body></html>");
            search(page, "install");
            assertEquals(version.isEmpty() ? List.of("Install 1.0", "Install 2.0", "Support")
                    : List.of("Install 2.0", "Support"), resultTitles(), version);
        }
    }
}
