package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.serve.PreviewServer;
import dev.docsite.serve.PreviewSite;
import java.time.Clock;
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
 * Mermaid blocks in a real browser, opened from disk: the diagram is an SVG in light mode and is drawn again in dark
 * mode when the reader switches; a diagram with a syntax error shows the error in place and keeps its source visible,
 * and in the preview also in the problems overlay. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MermaidBrowserTest {

    @RegisterExtension
    static final ChromeSession CHROME = new ChromeSession("1200,900");

    @TempDir
    static Path dir;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private TestSite site;

    @BeforeAll
    void buildAndOpen() throws Exception {
        site = new TestSite(dir.resolve("site")).file("site.yml", "title: Diagrams\nmarkdown:\n  mermaid: true\n")
                .page("index.md", "title: Diagrams", String.join("\n",
                        "```mermaid",
                        "graph TD;",
                        "  Write-->Review;",
                        "```",
                        "",
                        "```mermaid",
                        "graph TD;",
                        "  A-->>>;;",
                        "```",
                        ""));
        assertFalse(site.build().failed());
        driver = CHROME.driver();
        wait = CHROME.await();
        driver.get(site.out().resolve("index.html").toUri().toString());
        wait.until(d -> d.findElements(By.cssSelector(".mermaid-diagram[data-mode]")).size() == 2);
    }

    @Test
    void drawsTheDiagramInLightThenDarkMode() {
        WebElement first = driver.findElements(By.cssSelector(".mermaid-diagram")).get(0);
        assertEquals("light", first.getAttribute("data-mode"));
        assertEquals(1, first.findElements(By.cssSelector("svg")).size());
        assertTrue(first.findElement(By.cssSelector("svg")).getAttribute("textContent").contains("Review"));
        assertFalse(driver.findElements(By.cssSelector(".code-block")).get(0).isDisplayed());

        driver.executeScript("document.documentElement.setAttribute('data-theme', 'dark');");
        wait.until(d -> "dark".equals(d.findElements(By.cssSelector(".mermaid-diagram")).get(0).getAttribute("data-mode")));
        WebElement dark = driver.findElements(By.cssSelector(".mermaid-diagram")).get(0);
        assertEquals(1, dark.findElements(By.cssSelector("svg")).size());
        assertTrue(dark.findElement(By.cssSelector("svg")).getAttribute("textContent").contains("Write"));
    }

    @Test
    void aSyntaxErrorIsShownInPlaceWithTheSource() {
        WebElement broken = driver.findElements(By.cssSelector(".mermaid-diagram")).get(1);
        assertEquals("mermaid-diagram mermaid-error", broken.getAttribute("class"));
        assertEquals("This Mermaid diagram cannot be drawn:", broken.findElement(By.cssSelector("p")).getText());
        assertTrue(broken.findElement(By.cssSelector("pre")).getText().startsWith("Parse error on line 2"),
                broken.findElement(By.cssSelector("pre")).getText());
        assertTrue(driver.findElements(By.cssSelector(".code-block")).get(1).isDisplayed());
        assertEquals(0, driver.findElements(By.cssSelector("body > [id^=dmermaid]")).size());
        assertEquals(0, driver.findElements(By.id("docsite-problems")).size(), "a built page has no overlay");
    }

    @Test
    void thePreviewListsTheSyntaxErrorInTheProblemsOverlay() throws Exception {
        PreviewSite preview = PreviewSite.open(site.config(), ConfigOverrides.none(), Clock.systemUTC(), n -> { },
                line -> { });
        try (PreviewServer server = PreviewServer.start(preview, "127.0.0.1", 0, line -> { })) {
            driver.get("http://127.0.0.1:" + server.port() + "/");
            wait.until(d -> !d.findElements(By.cssSelector("#docsite-problems li[data-browser-problem]")).isEmpty());
            WebElement overlay = driver.findElement(By.id("docsite-problems"));
            assertTrue(overlay.isDisplayed());
            assertEquals("1 problem on this page", overlay.findElement(By.cssSelector(".problems-count")).getText());
            WebElement problem = overlay.findElement(By.cssSelector("li[data-browser-problem]"));
            assertEquals("mermaid-1", problem.getAttribute("data-browser-problem"));
            // The block's fence is on line 9 of content/index.md; Mermaid's "line 2" of the diagram is line 11.
            assertEquals("content/index.md:11", problem.findElement(By.cssSelector(".problem-location")).getText());
            assertEquals("error", problem.findElement(By.cssSelector(".problem-severity")).getAttribute("textContent"));
            String inPlace = driver.findElements(By.cssSelector(".mermaid-diagram")).get(1)
                    .findElement(By.cssSelector("pre")).getAttribute("textContent");
            assertTrue(inPlace.startsWith("Parse error on line 2"), inPlace);
            assertEquals("Mermaid diagram 2 of this page cannot be drawn: " + inPlace,
                    problem.findElement(By.cssSelector(".problem-message")).getAttribute("textContent"));
        }
    }
}
