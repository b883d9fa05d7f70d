package dev.docsite.site;

import static dev.docsite.site.ChromeRenderingTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.Logo;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A configured navbar in a real browser, opened from disk: its dropdown opens and closes from the keyboard, and at a
 * phone's width (390 px) the header fits and its items are in the drawer the menu button opens; the colour mode
 * follows {@code themeConfig.colorMode}. Skipped when
 * Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromeBrowserTest {

    @RegisterExtension
    static final ChromeSession CHROME = new ChromeSession("1400,1000");

    @TempDir
    static Path dir;

    private TestSite site;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/setup.md", "title: Setup", "Text.\n");
        site.page("guides/deep/nested.md", "title: Nested", "Text.\n");
        site.page("api/reference.md", "title: API reference", "Text.\n");
        site.file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\"/>");
        Navbar navbar = new Navbar(Optional.of("Acme Documentation"), Optional.of(new Logo("img/logo.svg",
                Optional.empty(), Optional.of("Acme"), Optional.empty(), Optional.of("32"), Optional.of("32"))), List.of(
                item("default", "Guides", "left", "/guides/setup", null, null, null, List.of()),
                item("default", "API", "left", "/api/reference", null, null, null, List.of()),
                item("dropdown", "Community", "left", null, null, null, null, List.of(
                        item("default", "Forum", "left", null, "https://forum.example.com", null, null, List.of()),
                        item("doc", "Nested guide", "left", null, null, "guides/deep/nested", null, List.of()))),
                item("default", "Changelog", "right", "/guides/deep/nested", null, null, null, List.of()),
                item("default", "GitHub", "right", null, "https://github.com/example/docs", null, null, List.of())));
        ThemeConfig theme = new ThemeConfig(navbar, Optional.empty(), new ColorMode("light", false, true),
                Optional.empty());
        BuildResult result = site.build(ChromeRenderingTest.themed(site.config(), theme));
        assertFalse(result.failed(), result.failure());

        driver = CHROME.driver();
        wait = CHROME.await();
    }

    private void open(String rel) {
        driver.get(site.out().resolve(rel).toUri().toString());
    }

    private Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Test
    void theDropdownOpensAndClosesFromTheKeyboard() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        open("api/reference/index.html");
        WebElement summary = driver.findElement(By.cssSelector(".navbar-dropdown > details > summary"));
        WebElement details = driver.findElement(By.cssSelector(".navbar-dropdown > details"));
        WebElement forum = driver.findElement(By.cssSelector(".navbar-dropdown-menu a"));
        assertEquals("false", summary.getAttribute("aria-expanded"));
        assertFalse(forum.isDisplayed());

        Actions keys = new Actions(driver);
        for (int i = 0; i < 20 && !summary.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(summary, driver.switchTo().activeElement(), "the dropdown is reached with Tab");
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(d -> details.getAttribute("open") != null);
        assertEquals("true", summary.getAttribute("aria-expanded"));
        assertTrue(forum.isDisplayed());

        keys.sendKeys(Keys.TAB).perform();
        assertEquals(forum, driver.switchTo().activeElement(), "its first link follows with Tab");
        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> details.getAttribute("open") == null);
        assertEquals("false", summary.getAttribute("aria-expanded"));
        assertEquals(summary, driver.switchTo().activeElement(), "Esc gives the focus back to the toggle");
    }

    @Test
    void atAPhonesWidthTheHeaderFitsAndItsItemsAreInTheDrawer() {
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String rel : List.of("index.html", "guides/deep/nested/index.html")) {
            open(rel);
            long viewport = (Long) script("return document.documentElement.clientWidth;");
            assertTrue(viewport <= 390, "viewport " + viewport);
            WebElement header = driver.findElement(By.cssSelector("header.navbar"));
            assertEquals(Boolean.TRUE, script("var h = arguments[0]; return h.scrollWidth <= h.clientWidth;", header),
                    "the header does not overflow on " + rel);
            assertEquals(Boolean.TRUE, script("return document.documentElement.scrollWidth <= "
                    + "document.documentElement.clientWidth;"), "the page does not scroll sideways on " + rel);
            assertTrue((Long) script("return arguments[0].getBoundingClientRect().right;", header.findElement(
                    By.cssSelector(".navbar-end"))) <= viewport, "the search and switch stay in view on " + rel);

            WebElement guides = driver.findElement(By.cssSelector("#navbar-menu .navbar-items-left a.navbar-link"));
            assertFalse(inView(guides), "the items wait in the closed drawer on " + rel);
            WebElement toggle = driver.findElement(By.cssSelector(".menu-toggle"));
            toggle.click();
            wait.until(d -> inView(guides));
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(inView(driver.findElement(By.cssSelector("#navbar-menu .navbar-items-right li:last-child a"))), "right items are in the drawer too");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> !inView(guides));
        }
    }

    @Test
    void theColourModeFollowsTheConfiguration() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        TestSite switchable = colourSite("switchable", new ColorMode("dark", false, false));
        TestSite fixed = colourSite("fixed", new ColorMode("dark", true, false));

        driver.get(switchable.out().resolve("index.html").toUri().toString());
        script("localStorage.clear();");
        driver.navigate().refresh();
        assertEquals("dark", script("return document.documentElement.getAttribute('data-theme');"),
                "defaultMode without a choice of the reader's");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals("light", script("return document.documentElement.getAttribute('data-theme');"));
        driver.navigate().refresh();
        assertEquals("light", script("return document.documentElement.getAttribute('data-theme');"),
                "the reader's choice is remembered");

        driver.get(fixed.out().resolve("index.html").toUri().toString());
        script("localStorage.setItem('docsite-theme', 'light');");
        driver.navigate().refresh();
        assertEquals("dark", script("return document.documentElement.getAttribute('data-theme');"),
                "disableSwitch: a choice made earlier is ignored");
        assertTrue(driver.findElements(By.cssSelector(".theme-toggle")).isEmpty());
    }

    private TestSite colourSite(String name, ColorMode mode) {
        TestSite colour = new TestSite(dir.resolve(name));
        colour.file("site.yml", "title: Colours\n");
        colour.page("index.md", "title: Home", "Welcome.\n");
        ThemeConfig theme = new ThemeConfig(new Navbar(Optional.of("Colours"), Optional.empty(), List.of()),
                Optional.empty(), mode, Optional.empty());
        BuildResult result = colour.build(ChromeRenderingTest.themed(colour.config(), theme));
        assertFalse(result.failed(), result.failure());
        return colour;
    }

    /** Shown and inside the viewport (the closed drawer is moved out of it to the left). */
    private boolean inView(WebElement element) {
        return element.isDisplayed() && (Boolean) script("var r = arguments[0].getBoundingClientRect();"
                + " return r.right > 0 && r.left >= 0 && r.width > 0;", element);
    }
}
