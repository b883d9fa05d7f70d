package dev.docsite.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.site.BuildResult;
import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Code blocks and tabs in a real browser, opened from disk: the copy button copies exactly the code (no magic
 * comments, no line numbers) and says so; tab groups of one {@code groupId} (npm2yarn blocks too) switch together.
 * Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeBlocksBrowserTest {

    @RegisterExtension
    static final ChromeSession CHROME = new ChromeSession("1400,1000");

    @TempDir
    static Path dir;

    private TestSite site;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void buildAndStart() throws Exception {
        site = new TestSite(dir.resolve("site")).file("site.yml", "title: Code\n")
                .page("index.md", "title: Code", String.join("\n",
                        "```js title=\"a.js\" showLineNumbers",
                        "function f() {",
                        "  // highlight-next-line",
                        "  return 1;",
                        "}",
                        "```",
                        "",
                        "<Tabs groupId=\"os\">",
                        "<TabItem value=\"mac\" label=\"macOS\">Mac one.</TabItem>",
                        "<TabItem value=\"win\" label=\"Windows\">Windows one.</TabItem>",
                        "</Tabs>",
                        "",
                        "<Tabs groupId=\"os\">",
                        "<TabItem value=\"mac\" label=\"macOS\">Mac two.</TabItem>",
                        "<TabItem value=\"win\" label=\"Windows\">Windows two.</TabItem>",
                        "</Tabs>",
                        "",
                        "```bash npm2yarn",
                        "npm install left-pad",
                        "```",
                        "",
                        "```bash npm2yarn",
                        "npm run build",
                        "```",
                        "",
                        "<Tabs queryString=\"lang\">",
                        "<TabItem value=\"js\" label=\"JavaScript\">JS text.</TabItem>",
                        "<TabItem value=\"py\" label=\"Python\">Python text.</TabItem>",
                        "</Tabs>",
                        ""));
        BuildResult result = site.build();
        assertFalse(result.failed(), result.failure());

        driver = CHROME.driver();
        wait = CHROME.await();
        driver.get(site.out().resolve("index.html").toUri().toString());
        wait.until(d -> !d.findElements(By.cssSelector(".code-copy")).isEmpty());
    }

    @Test
    void copyButtonCopiesTheCodeWithoutMagicCommentsOrLineNumbers() {
        driver.executeScript("window.__copied = null;"
                + "navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };");
        WebElement button = driver.findElement(By.cssSelector(".code-block .code-copy"));
        assertEquals("Copy code to clipboard", button.getAttribute("aria-label"));
        button.click();
        wait.until(d -> "Copied".equals(button.getText()));
        assertEquals("function f() {\n  return 1;\n}", driver.executeScript("return window.__copied;"));
        assertEquals("Code copied to clipboard",
                driver.findElement(By.cssSelector(".code-block [role=status]")).getAttribute("textContent"));
    }

    @Test
    void highlightThemesAreAddedOnAPageWithCodeAndFollowTheColourSwitch() {
        driver.get(site.out().resolve("index.html").toUri().toString());
        wait.until(d -> !d.findElements(By.id("hljs-dark")).isEmpty());
        assertEquals(List.of("not all and (prefers-color-scheme: dark)", "(prefers-color-scheme: dark)"), themeMedia());
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        toggle.click(); // system → light
        assertEquals(List.of("all", "not all"), themeMedia());
        toggle.click(); // light → dark
        assertEquals(List.of("not all", "all"), themeMedia());
        driver.navigate().refresh();
        wait.until(d -> !d.findElements(By.id("hljs-dark")).isEmpty());
        assertEquals(List.of("not all", "all"), themeMedia(), "added for the remembered mode");
        driver.executeScript("localStorage.removeItem('docsite-theme');");
    }

    private List<String> themeMedia() {
        return List.of(driver.findElement(By.id("hljs-light")).getAttribute("media"),
                driver.findElement(By.id("hljs-dark")).getAttribute("media"));
    }

    @Test
    void tabsOfOneGroupSwitchTogetherAndAreRemembered() {
        driver.findElement(By.cssSelector("#tabs-1 button[data-tab-value=win]")).click();
        assertEquals(List.of("true", "true"), selected("win", "#tabs-1", "#tabs-2"));
        assertEquals("Windows two.", driver.findElement(By.cssSelector("#tabs-2 .tab-panel:not([hidden])")).getText());
        driver.findElement(By.cssSelector("#tabs-4 button[data-tab-value=yarn]")).click();
        assertEquals(List.of("true", "true"), selected("yarn", "#tabs-3", "#tabs-4"));
        assertEquals("yarn add left-pad", driver.findElement(By.cssSelector("#tabs-3 .tab-panel:not([hidden]) code")).getText());

        driver.navigate().refresh();
        wait.until(d -> !d.findElements(By.cssSelector(".code-copy")).isEmpty());
        assertEquals(List.of("true", "true"), selected("win", "#tabs-1", "#tabs-2"));
        assertEquals(List.of("true", "true"), selected("yarn", "#tabs-3", "#tabs-4"));
    }

    @Test
    void aQueryStringSelectsItsTab() {
        driver.get(site.out().resolve("index.html").toUri() + "?lang=py");
        wait.until(d -> !d.findElements(By.cssSelector(".code-copy")).isEmpty());
        assertEquals("true", driver.findElement(By.cssSelector("#tabs-5 button[data-tab-value=py]"))
                .getAttribute("aria-selected"));
        driver.findElement(By.cssSelector("#tabs-5 button[data-tab-value=js]")).click();
        assertEquals("?lang=js", driver.executeScript("return location.search;"));
    }

    private List<String> selected(String value, String... groups) {
        return java.util.Arrays.stream(groups).map(g -> driver.findElement(
                By.cssSelector(g + " button[data-tab-value=" + value + "]")).getAttribute("aria-selected")).toList();
    }
}
