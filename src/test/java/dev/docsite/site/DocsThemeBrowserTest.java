package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.DocsTheme;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.testing.ChromeSession;
import dev.docsite.testing.TestSite;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code themeConfig.docs.sidebar} in a real browser, opened from disk: the collapse button at the sidebar's foot
 * hides it and the expand bar shows it again (the focus moving between them), and opening a category closes the open
 * one beside it. Skipped when Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsThemeBrowserTest {

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
        site.page("guides/install.md", "title: Install", "Text.\n");
        site.page("api/reference.md", "title: API reference", "Text.\n");
        site.page("api/errors.md", "title: Errors", "Text.\n");
        ThemeConfig theme = new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()),
                Optional.empty(), new ColorMode("light", false, false), Optional.empty(), Optional.empty(),
                new DocsTheme(true, true, "localStorage"));
        BuildResult result = site.build(site.config().toBuilder().theme(theme).notices(List.of()).build());
        assertFalse(result.failed(), result.failure());
        driver = CHROME.driver();
        wait = CHROME.await();
    }

    private Object script(String js) {
        return driver.executeScript(js);
    }

    @Test
    void theCollapseButtonHidesTheSidebarAndTheExpandBarShowsIt() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(site.out().resolve("index.html").toUri().toString());
        script("sessionStorage.clear();");
        driver.navigate().refresh();
        assertEquals("sidebar", script("return document.querySelector('.sidebar-collapse-button').parentNode.id;"),
                "the button sits at the foot of the sidebar");
        assertEquals(List.of(true, false), script("return [document.getElementById('sidebar').offsetWidth > 0,"
                + " document.querySelector('.sidebar-expand-button').offsetWidth > 0];"));

        driver.findElement(By.cssSelector(".sidebar-collapse-button")).click();
        wait.until(d -> script("return document.getElementById('sidebar').offsetWidth;").equals(0L));
        assertEquals(List.of(0L, true, "sidebar-expand-button"), script("return [document.getElementById('sidebar')"
                + ".offsetWidth, document.querySelector('.sidebar-expand-button').offsetWidth > 0,"
                + " document.activeElement.className];"));

        driver.findElement(By.cssSelector(".sidebar-expand-button")).click();
        wait.until(d -> !script("return document.getElementById('sidebar').offsetWidth;").equals(0L));
        assertEquals(List.of(false, "sidebar-collapse-button"), script("return ["
                + "document.querySelector('.sidebar-expand-button').offsetWidth > 0, document.activeElement.className];"));
    }

    @Test
    void openingACategoryClosesTheOneBesideIt() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(site.out().resolve("index.html").toUri().toString());
        String open = "return Array.prototype.map.call(document.querySelectorAll('.sidebar li.menu-category > details'),"
                + " function (d) { return d.open; });";
        assertEquals(List.of(false, false), script(open));
        script("document.querySelectorAll('.sidebar li.menu-category > details')[0].open = true;");
        wait.until(d -> script(open).equals(List.of(true, false)));
        script("document.querySelectorAll('.sidebar li.menu-category > details')[1].open = true;");
        wait.until(d -> script(open).equals(List.of(false, true)));
        assertEquals(List.of(false, true), script(open), "the first closed when the second opened");
    }
}
