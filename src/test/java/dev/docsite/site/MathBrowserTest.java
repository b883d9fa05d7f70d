package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.testing.HeadlessChromium;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.time.Duration;
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
 * Formulas in a real browser, opened from disk: KaTeX draws inline and displayed formulas, and a formula it cannot
 * parse shows its error in place with the source. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MathBrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private ChromeDriver driver;

    @BeforeAll
    void buildAndOpen() throws Exception {
        HeadlessChromium.assumeInstalled();
        TestSite site = new TestSite(dir.resolve("site")).file("site.yml", "title: Math\nmarkdown:\n  math: true\n")
                .page("index.md", "title: Math", String.join("\n",
                        "Euler: $e^{i\\pi} = -1$ and a broken one $\\frac{a$.",
                        "",
                        "$$",
                        "\\int_0^1 x^2 \\, dx",
                        "$$",
                        ""));
        assertFalse(site.build().failed());
        driver = HeadlessChromium.start(dir.resolve("chrome-profile"), "1200,900");
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        driver.get(site.out().resolve("index.html").toUri().toString());
        new WebDriverWait(driver, TIMEOUT).until(d -> d.findElements(By.cssSelector(".math .katex, .math .katex-error")).size() == 3);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void drawsInlineAndDisplayedFormulas() {
        WebElement inline = driver.findElements(By.cssSelector(".math-inline")).get(0);
        assertEquals("e^{i\\pi} = -1", inline.findElement(By.cssSelector(".katex annotation")).getAttribute("textContent"));
        WebElement display = driver.findElement(By.cssSelector(".math-display"));
        assertEquals(1, display.findElements(By.cssSelector(".katex-display")).size());
        assertEquals("\\int_0^1 x^2 \\, dx", display.findElement(By.cssSelector(".katex annotation")).getAttribute("textContent"));
    }

    @Test
    void aFormulaKatexCannotParseShowsItsErrorInPlace() {
        WebElement broken = driver.findElements(By.cssSelector(".math-inline")).get(1);
        WebElement error = broken.findElement(By.cssSelector(".katex-error"));
        assertEquals("\\frac{a", error.getAttribute("textContent"));
        assertEquals("ParseError: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: "
                + "\\frac{a", error.getAttribute("title"));
    }
}
