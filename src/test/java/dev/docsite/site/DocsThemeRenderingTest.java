package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.config.SiteConfig;
import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.DocsTheme;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code themeConfig.docs} on a built page: the sidebar's collapse and expand buttons ({@code sidebar.hideable}), the
 * auto-collapse flag ({@code sidebar.autoCollapseCategories}) and version persistence, which {@code docsite.js}
 * follows; with Docusaurus's defaults none of them is written.
 */
class DocsThemeRenderingTest {

    private static final String BUTTONS = """
<button type="button" class="sidebar-collapse-button" title="Collapse sidebar" aria-label="Collapse sidebar" aria-controls="sidebar"><svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 4l-6 6 6 6M16 4l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2"/></svg></button>
<button type="button" class="sidebar-expand-button" title="Expand sidebar" aria-label="Expand sidebar" aria-controls="sidebar"><svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M4 4l6 6-6 6M10 4l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2"/></svg></button>
<main""";

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void write() {
        site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/setup.md", "title: Setup", "Text.\n");
    }

    private SiteConfig with(DocsTheme docs) {
        ThemeConfig theme = new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()),
                Optional.empty(), new ColorMode("light", false, false), Optional.empty(), Optional.empty(), docs);
        return site.config().toBuilder().theme(theme).notices(List.of()).build();
    }

    @Test
    void aHideableSidebarGetsItsCollapseAndExpandButtonsAfterIt() {
        assertFalse(site.build(with(new DocsTheme(true, false, "localStorage"))).failed());
        String html = site.read("guides/setup/index.html");
        int aside = html.indexOf("</aside>") + "</aside>".length();
        assertEquals(BUTTONS, html.substring(aside, html.indexOf("<main") + "<main".length()).stripLeading(),
                "right after the sidebar (docsite.js moves the first to its foot)");
        Document page = site.html("guides/setup/index.html");
        assertEquals(" class=\"layout has-sidebar\"", page.selectFirst(".layout").attributes().html(),
                "no auto-collapse flag");
        assertEquals("", page.selectFirst("html").attr("data-version-persistence"), "the version is remembered");
    }

    @Test
    void autoCollapseAndNoVersionPersistenceAreFlagsForTheThemeScript() {
        assertFalse(site.build(with(new DocsTheme(false, true, "none"))).failed());
        Document page = site.html("guides/setup/index.html");
        assertEquals(" class=\"layout has-sidebar\" data-auto-collapse", page.selectFirst(".layout").attributes().html());
        assertEquals("none", page.selectFirst("html").attr("data-version-persistence"));
        assertEquals(List.of(), page.select(".sidebar-collapse-button, .sidebar-expand-button").eachAttr("class"),
                "not hideable: no buttons");
    }

    @Test
    void docusaurussDefaultsWriteNothing() {
        assertFalse(site.build(with(DocsTheme.DEFAULT)).failed());
        Document page = site.html("guides/setup/index.html");
        assertEquals(" class=\"layout has-sidebar\"", page.selectFirst(".layout").attributes().html());
        assertFalse(page.selectFirst("html").hasAttr("data-version-persistence"));
        assertEquals(List.of(), page.select(".sidebar-collapse-button, .sidebar-expand-button").eachAttr("class"));
    }
}
