package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.VersionedSite;
import java.nio.file.Path;
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
 * The docs version dropdown in a real browser, on the versioned fixture opened from disk: choosing a version moves
 * the reader to the same page in that version, or to that version's main doc when the page is not in it, and is
 * remembered as the reader's preferred version, which the navbar follows outside the docs. Skipped when
 * Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionDropdownBrowserTest {

    @RegisterExtension
    static final ChromeSession CHROME = new ChromeSession("1400,1000");

    @TempDir
    static Path dir;

    private Path out;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        Path site = VersionedSite.create(dir.resolve("site"), "");
        BuildResult result = new SiteBuilder(VersionedSite.config(site), TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertTrue(result.written(), result.failure());
        out = site.resolve("site-output");
        driver = CHROME.driver();
        wait = CHROME.await();
    }

    /** Opens the version dropdown and follows its item {@code label}; returns the page reached, from the output. */
    private String choose(String label) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".navbar-dropdown-linked summary")).click();
        WebElement item = driver.findElements(By.cssSelector(".navbar-dropdown-menu a")).stream()
                .filter(a -> a.getText().equals(label)).findFirst().orElseThrow();
        wait.until(d -> item.isDisplayed());
        item.click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
        return driver.getCurrentUrl().substring(out.toUri().toString().length());
    }

    private String badge() {
        return driver.findElement(By.cssSelector(".doc-version-badge")).getText();
    }

    @Test
    void theDropdownMovesToTheSamePageInAnotherVersion() {
        driver.get(out.resolve("docs/1.0/guides/setup/index.html").toUri().toString());
        assertEquals("Version: 1.0", badge());
        assertEquals("docs/next/guides/setup/index.html", choose("Next"));
        assertEquals("Version: Next", badge());
        assertEquals("Setup | Fixture", driver.getTitle());
        assertEquals("docs/guides/setup/index.html", choose("2.0"));
        assertEquals("Version: 2.0", badge());
    }

    /** Where the navbar item {@code selector} leads, relative to the output, and its text. */
    private String navItem(String selector) {
        WebElement item = driver.findElement(By.cssSelector(selector));
        return item.getText() + " → " + item.getAttribute("href").substring(out.toUri().toString().length());
    }

    /** The version dropdown, the "Docs" doc item and the docsVersion item of the page outside the docs. */
    private String outsideTheDocs() {
        driver.get(out.resolve("versions/index.html").toUri().toString());
        return navItem(".navbar-dropdown-linked > a") + " | " + navItem(".navbar-items-right li:nth-child(1) a")
                + " | " + navItem(".navbar-items-right li:nth-child(2) a");
    }

    @Test
    void theVersionChosenIsRememberedAndFollowedOutsideTheDocs() {
        driver.get(out.resolve("versions/index.html").toUri().toString());
        driver.executeScript("localStorage.clear()");
        assertEquals("2.0 → docs/intro/index.html | Docs → docs/intro/index.html | 2.0 → docs/intro/index.html",
                outsideTheDocs(), "nothing chosen: the last version");
        driver.get(out.resolve("docs/guides/setup/index.html").toUri().toString());
        assertEquals("docs/1.0/guides/setup/index.html", choose("1.0"));
        assertEquals("1.0", driver.executeScript("return localStorage.getItem('docs-preferred-version-default')"));
        assertEquals("1.0 → docs/1.0/intro/index.html | Docs → docs/1.0/intro/index.html"
                + " | 1.0 → docs/1.0/intro/index.html", outsideTheDocs());
        driver.get(out.resolve("docs/next/intro/index.html").toUri().toString());
        assertEquals("Next → docs/next/intro/index.html", navItem(".navbar-dropdown-linked > a"),
                "on a doc, the version read wins");
        driver.get(out.resolve("docs/1.0/legacy/index.html").toUri().toString());
        driver.findElement(By.cssSelector(".doc-version-banner-latest a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("docs/intro/index.html"));
        assertEquals("2.0 → docs/intro/index.html | Docs → docs/intro/index.html | 2.0 → docs/intro/index.html",
                outsideTheDocs(), "the banner's latest version is chosen too");
    }

    @Test
    void aPageMissingFromTheChosenVersionLeadsToItsMainDoc() {
        driver.get(out.resolve("docs/next/new-feature/index.html").toUri().toString());
        assertEquals("docs/1.0/intro/index.html", choose("1.0"));
        assertEquals("Introduction | Fixture", driver.getTitle());
        assertEquals("Version: 1.0", badge());
    }
}
