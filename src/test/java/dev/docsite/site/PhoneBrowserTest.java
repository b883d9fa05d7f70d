package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.testing.SampleSiteBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site on a phone (390 px wide), opened from disk: no page scrolls sideways, "On this page" is reachable
 * above the content, and the menu drawer takes the focus, keeps it while open and closes on Esc, on its backdrop and
 * on navigation. Skipped when Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @TempDir
    static Path dir;

    private Path site;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        SampleSiteBrowser browser = SampleSiteBrowser.open(dir, null);
        site = browser.site();
        driver = browser.driver();
        wait = browser.pageWait();
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String rel) {
        driver.get(site.resolve(rel).toUri().toString());
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete';")));
    }

    private Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Test
    void noPageScrollsSideways() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() >= 12, "every page of the sample site: " + pages);
        for (String rel : pages) {
            open(rel);
            assertEquals(390L, script("return window.innerWidth;"), "a phone's width on " + rel);
            assertEquals(List.of(), script("""
                    var width = document.documentElement.clientWidth, wide = [];
                    if (document.documentElement.scrollWidth > width) wide.push('page ' + document.documentElement.scrollWidth);
                    document.querySelectorAll('header.navbar, header.navbar *').forEach(function (e) {
                      var r = e.getBoundingClientRect();
                      if (r.width && r.right > width + 0.5) wide.push(e.className || e.tagName);
                    });
                    return wide;"""), "nothing wider than the screen on " + rel);
        }
    }

    @Test
    void onThisPageIsAboveTheContentAndLeadsToTheHeading() {
        open("platform/risk-score/index.html");
        WebElement box = driver.findElement(By.cssSelector(".toc-collapsible"));
        WebElement summary = box.findElement(By.cssSelector("summary"));
        assertTrue(summary.isDisplayed(), "shown where the TOC column is not");
        assertFalse(driver.findElement(By.cssSelector(".toc-column")).isDisplayed());
        assertEquals("On this page", summary.getText());
        WebElement first = box.findElement(By.cssSelector("a.toc-link"));
        assertFalse(first.isDisplayed(), "closed at first");
        summary.click();
        wait.until(d -> first.isDisplayed());
        String id = first.getAttribute("href").replaceFirst(".*#", "");
        first.click();
        wait.until(d -> box.getAttribute("open") == null);
        assertEquals("#" + id, script("return location.hash;"));
        assertEquals(Boolean.TRUE, script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;", id), "the heading is in view");
    }

    private boolean drawerOpen() {
        return Boolean.TRUE.equals(script("return document.documentElement.classList.contains('sidebar-open');"));
    }

    private boolean focusInDrawer() {
        return Boolean.TRUE.equals(script("var a = document.activeElement; return a.classList.contains('menu-toggle')"
                + " || document.getElementById('sidebar').contains(a);"));
    }

    @Test
    void theDrawerTakesAndKeepsTheFocusAndClosesOnEscBackdropAndNavigation() {
        open("platform/risk-score/index.html");
        WebElement toggle = driver.findElement(By.cssSelector(".menu-toggle"));
        toggle.click();
        wait.until(d -> drawerOpen());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertEquals("Risk Score", driver.switchTo().activeElement().getText(), "focus on the current page's link");

        Actions keys = new Actions(driver);
        long stops = (Long) script("return document.querySelectorAll('#sidebar a[href], #sidebar summary').length;");
        for (int i = 0; i < stops + 3; i++) {
            keys.sendKeys(Keys.TAB).perform();
            assertTrue(focusInDrawer(), "Tab " + (i + 1) + " stays in the drawer");
        }
        for (int i = 0; i < 3; i++) {
            keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertTrue(focusInDrawer(), "Shift+Tab " + (i + 1) + " stays in the drawer");
        }
        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !drawerOpen());
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertEquals(toggle, driver.switchTo().activeElement(), "Esc gives the focus back to the menu button");

        toggle.click();
        wait.until(d -> drawerOpen());
        WebElement backdrop = driver.findElement(By.cssSelector(".drawer-backdrop"));
        new Actions(driver).moveToElement(backdrop, 150, 100).click().perform();
        wait.until(d -> !drawerOpen());

        toggle.click();
        wait.until(d -> drawerOpen());
        driver.findElement(By.cssSelector("#sidebar a[href^='../dashboard/']")).click();
        wait.until(d -> String.valueOf(script("return location.pathname;")).endsWith("/platform/dashboard/index.html"));
        assertFalse(drawerOpen(), "a new page starts with the drawer closed");
    }
}
