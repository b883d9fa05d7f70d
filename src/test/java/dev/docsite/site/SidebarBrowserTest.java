package dev.docsite.site;

import dev.docsite.testing.SampleSiteBrowser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site's sidebar in a real browser, opened from disk as a reader would: every category shows its items
 * once opened, and hides them once closed, whichever state it started in; a closed category comes without its items
 * and the theme script fills it from the sidebar's data file with the markup the server writes for an open one.
 * Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SidebarBrowserTest {

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

    /**
     * Pages where each category is in each state: all closed (home), open as the page's branch (a guide, a platform
     * page, the integrations page) and open as the category's own link doc (the platform index).
     */
    private static final List<String> PAGES = List.of("index.html", "guides/role-based-guide-appsec-manager/index.html",
            "platform/index.html", "platform/risk-score/index.html", "integrations/integrations_intro/index.html");

    @Test
    void everyCategoryOpenedShowsItsItemsAndClosedHidesThem() {
        for (String rel : PAGES) {
            Path page = site.resolve(rel);
            driver.get(page.toUri().toString());
            List<WebElement> categories = driver.findElements(By.cssSelector(".sidebar li.menu-category"));
            assertEquals(List.of("Role guides", "Platform", "Integrations"),
                    categories.stream().map(c -> c.getAttribute("textContent").strip().lines().findFirst()
                            .orElse("").strip()).toList(), page.toString());
            for (WebElement category : categories) {
                WebElement details = category.findElement(By.cssSelector(":scope > details"));
                WebElement toggle = details.findElement(By.cssSelector(":scope > summary"));
                if (details.getAttribute("open") == null) {
                    toggle.click();
                }
                wait.until(d -> details.getAttribute("open") != null);
                wait.until(d -> !details.findElements(By.cssSelector(":scope > ul > li > a")).isEmpty());
                List<WebElement> items = details.findElements(By.cssSelector(":scope > ul > li > a"));
                for (WebElement item : items) {
                    assertTrue(item.isDisplayed(), item.getAttribute("href") + " visible on " + page);
                    assertFalse(item.getText().isBlank(), "a labelled link on " + page);
                }
                toggle.click();
                wait.until(d -> details.getAttribute("open") == null);
                assertFalse(items.get(0).isDisplayed(), "closed again on " + page);
            }
        }
    }

    /**
     * The items list of the category labelled {@code label}, with every link's {@code href} made absolute (the server
     * writes links relative to the page's folder, the script relative to the page) and, unless {@code keepCurrent},
     * the current page's mark removed.
     */
    private String itemsOf(String label, boolean keepCurrent) {
        return (String) driver.executeScript("""
                var label = arguments[0];
                var categories = document.querySelectorAll('.sidebar li.menu-category');
                for (var i = 0; i < categories.length; i++) {
                  var summary = categories[i].querySelector(':scope > details > summary');
                  var text = summary.getAttribute('aria-label') || summary.textContent;
                  if (text.trim() !== label) continue;
                  var list = categories[i].querySelector(':scope > details > ul').cloneNode(true);
                  list.querySelectorAll('a[href]').forEach(function (a) { a.setAttribute('href', a.href); });
                  if (!arguments[1]) {
                    list.querySelectorAll('[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
                  }
                  return list.outerHTML;
                }
                return null;""", label, keepCurrent);
    }

    private String filledOnHome(String label) {
        driver.get(site.resolve("index.html").toUri().toString());
        WebElement category = driver.findElements(By.cssSelector(".sidebar li.menu-category")).stream()
                .filter(c -> c.getAttribute("textContent").strip().startsWith(label)).findFirst().orElseThrow();
        WebElement details = category.findElement(By.cssSelector(":scope > details"));
        assertEquals(List.of(), details.findElements(By.cssSelector("ul")), "closed: no items in the page");
        details.findElement(By.cssSelector(":scope > summary")).click();
        wait.until(d -> !details.findElements(By.cssSelector(":scope > ul")).isEmpty());
        return itemsOf(label, true);
    }

    @Test
    void aFilledCategoryHasTheMarkupTheServerWritesWhereTheCategoryIsOpen() {
        String platform = filledOnHome("Platform");
        String guides = filledOnHome("Role guides");
        String integrations = filledOnHome("Integrations");

        driver.get(site.resolve("platform/index.html").toUri().toString());
        assertEquals(itemsOf("Platform", true), platform, "open on its own link doc: no item is the current page");
        driver.get(site.resolve("guides/role-based-guide-appsec-manager/index.html").toUri().toString());
        assertEquals(itemsOf("Role guides", false), guides);
        driver.get(site.resolve("integrations/integrations_intro/index.html").toUri().toString());
        assertEquals(itemsOf("Integrations", false), integrations);
        assertEquals("Overview", driver.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getText(),
                "the page itself is marked");
    }
}
