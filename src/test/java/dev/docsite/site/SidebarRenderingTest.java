package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.Sidebar;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.nav.Sidebars;
import dev.docsite.templates.ThemeRenderer;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages rendered with declared sidebars: each with its own sidebar, and a page in none without one. */
class SidebarRenderingTest {

    @TempDir
    Path dir;

    @Test
    void eachPageShowsItsSidebarAndAPageInNoSidebarHasNone() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/a.md", "title: Alpha", "Text.\n");
        site.page("guides/b.md", "title: Beta", "Text.\n");
        site.page("api/c.md", "title: Gamma", "Text.\n");
        site.page("lonely.md", "title: Lonely", "Text.\n");
        SiteModel loaded = site.load();
        var index = loaded.index();
        Sidebars sidebars = Sidebars.of(
                new Sidebar("guides", List.of(DocItem.of(index.byUrl("")),
                        new CategoryItem("Guides", new CategoryLink.GeneratedIndex("category/guides/", null), true,
                                true, "cat-guides", Map.of(), null,
                                List.of(DocItem.of(index.byUrl("guides/a/")), DocItem.of(index.byUrl("guides/b/")))),
                        new LinkItem("Home page", "https://example.com/", false, null),
                        new HtmlItem("<hr class=\"sep\">", "html-sep", true))),
                new Sidebar("api", List.of(new CategoryItem("API", null, true, false, null, Map.of(), null,
                        List.of(DocItem.of(index.byUrl("api/c/")))))));
        SiteModel model = loaded.toBuilder().navigation(new Navigation(sidebars, index)).build();
        PageRenderer renderer = new PageRenderer(model, new MarkdownEngine(),
                new ThemeRenderer(loaded.config().templatesDir()));

        Document lonely = Jsoup.parse(renderer.render(index.byUrl("lonely/"), List.of(), false).html());
        assertNull(lonely.selectFirst("#sidebar"));
        assertFalse(lonely.selectFirst(".layout").hasClass("has-sidebar"));

        Document beta = Jsoup.parse(renderer.render(index.byUrl("guides/b/"), List.of(), false).html());
        assertEquals(List.of("Home", "Guides", "Alpha", "Beta", "Home page"), beta.select("#sidebar a").eachText());
        assertEquals(List.of("Beta"), beta.select("#sidebar a[aria-current=page]").eachText());
        assertEquals("menu-category menu-category-linked menu-active-branch cat-guides",
                beta.selectFirst("#sidebar li.menu-category").className());
        assertEquals("../../category/guides/", beta.selectFirst("#sidebar li.menu-category > a").attr("href"));
        assertEquals("<li class=\"menu-link-item\"><a href=\"https://example.com/\" target=\"_blank\" "
                + "rel=\"noopener noreferrer\" class=\"menu-external\">Home page</a></li>",
                beta.selectFirst("#sidebar li.menu-link-item").outerHtml());
        assertEquals("menu-html menu-html-default html-sep", beta.selectFirst("#sidebar li.menu-html").className());
        assertEquals("<hr class=\"sep\">", beta.selectFirst("#sidebar li.menu-html").child(0).outerHtml(),
                "the author's HTML as written");

        Document gamma = Jsoup.parse(renderer.render(index.byUrl("api/c/"), List.of(), false).html());
        assertEquals(List.of("Gamma"), gamma.select("#sidebar a").eachText(), "the api sidebar");
        assertNull(gamma.selectFirst("#sidebar details"), "a category that is not collapsible has no toggle");
        assertEquals("API", gamma.selectFirst("#sidebar li.menu-category-static > .menu-link").text());
    }

    /**
     * A closed category is in the page without its items, the label of one without a link leading to its first doc;
     * the sidebar's data file, listed once in the site's assembly, holds the whole tree with URLs from the site root.
     */
    @Test
    void aClosedCategoryHoldsNoItemsAndTheSidebarDataFileHoldsTheWholeTree() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/a.md", "title: Alpha", "Text.\n");
        site.page("guides/more/b.md", "title: Beta <b>", "Text.\n");
        site.page("guides/c.md", "title: Gamma", "Text.\n");
        SiteModel loaded = site.load();
        var index = loaded.index();
        Sidebars sidebars = Sidebars.of(new Sidebar("docs", List.of(DocItem.of(index.byUrl("")),
                new CategoryItem("Guides", null, true, true, null, Map.of(), null, List.of(
                        new CategoryItem("More", new CategoryLink.GeneratedIndex("category/more/", null), true, true,
                                "more", Map.of(), null, List.of(DocItem.of(index.byUrl("guides/more/b/")))),
                        DocItem.of(index.byUrl("guides/a/")))),
                new CategoryItem("Open", null, false, true, null, Map.of(), null,
                        List.of(new DocItem(index.byUrl("guides/c/"), "C", false, "c", Map.of()))),
                new LinkItem("Start", "guides/a/#start", true, null))));
        SiteModel model = loaded.toBuilder().navigation(new Navigation(sidebars, index)).build();
        ThemeRenderer theme = new ThemeRenderer(loaded.config().templatesDir());
        PageRenderer renderer = new PageRenderer(model, new MarkdownEngine(), theme);

        Document alpha = Jsoup.parse(renderer.render(index.byUrl("guides/a/"), List.of(), false).html());
        alpha.outputSettings().prettyPrint(false);
        assertEquals("""
                <li class="menu-category menu-category-linked more">
                <a href="../../category/more/">More</a>
                <details data-sidebar="0" data-category="1">
                <summary class="menu-caret" aria-label="More"></summary>
                </details>
                </li>""", alpha.selectFirst("#sidebar li.more").outerHtml(),
                "closed inside the page's open branch: no items");
        Document home = Jsoup.parse(renderer.render(index.byUrl(""), List.of(), false).html());
        home.outputSettings().prettyPrint(false);
        assertEquals("""
                <li class="menu-category menu-category-linked">
                <a class="menu-link menu-link-first" href="category/more/">Guides</a>
                <details data-sidebar="0" data-category="0">
                <summary class="menu-caret" aria-label="Guides"></summary>
                </details>
                </li>""", home.selectFirst("#sidebar li.menu-category").outerHtml(),
                "no items; without JavaScript the label (beside the toggle, not in it) leads to the first doc or "
                        + "linked category, depth first");
        assertEquals(List.of("Home", "Guides", "C", "Start"), home.select("#sidebar a").eachText(),
                "a category with collapsed: false holds its items");

        SiteFile data = SiteAssembly.of(model, theme).file("assets/sidebars/0.js");
        assertEquals("window.DOCSITE_SIDEBARS = window.DOCSITE_SIDEBARS || {};\n"
                + "window.DOCSITE_SIDEBARS[0] = [{\"type\":\"doc\",\"label\":\"Home\",\"url\":\"\"},"
                + "{\"type\":\"category\",\"id\":0,\"label\":\"Guides\",\"collapsed\":true,\"items\":["
                + "{\"type\":\"category\",\"id\":1,\"label\":\"More\",\"url\":\"category/more/\","
                + "\"collapsed\":true,\"className\":\"more\",\"items\":["
                + "{\"type\":\"doc\",\"label\":\"Beta <b>\",\"url\":\"guides/more/b/\"}]},"
                + "{\"type\":\"doc\",\"label\":\"Alpha\",\"url\":\"guides/a/\"}]},"
                + "{\"type\":\"category\",\"id\":2,\"label\":\"Open\",\"items\":["
                + "{\"type\":\"doc\",\"label\":\"C\",\"url\":\"guides/c/\",\"className\":\"c\"}]},"
                + "{\"type\":\"link\",\"label\":\"Start\",\"url\":\"guides/a/#start\"}];\n",
                new String(((SiteFile.Generated) data).bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
