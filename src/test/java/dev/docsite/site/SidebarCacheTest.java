package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.content.Page;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.Sidebar;
import dev.docsite.nav.SidebarItem;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.nav.SidebarKey;
import dev.docsite.nav.Sidebars;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.ThemeRenderer;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sidebars drawn with their shared top-level items (drawn once per folder depth) are the sidebars drawn whole for
 * each folder: the same HTML, the same page marked, the same items for templates.
 */
class SidebarCacheTest {

    @TempDir
    Path dir;

    @Test
    void everyPageGetsTheSidebarDrawnWholeForItsFolderWhicheverPagesCameBefore() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("top.md", "title: Top", "Text.\n");
        site.page("hidden.md", "title: Hidden\nunlisted: true", "Text.\n");
        for (String folder : List.of("a", "a/x", "a/x/deep", "a/y", "b", "b/x", "b/x/deep", "c", "c/x", "ab")) {
            site.page(folder + "/one.md", "title: One of " + folder, "Text.\n");
            site.page(folder + "/two.md", "title: Two of " + folder, "Text.\n");
        }
        SiteModel loaded = site.load();
        SiteIndex index = loaded.index();
        List<SidebarItem> top = new ArrayList<>();
        top.add(DocItem.of(index.byUrl("")));
        top.add(DocItem.of(index.byUrl("top/")));
        top.add(DocItem.of(index.byUrl("hidden/")));
        top.add(category("A", new CategoryLink.DocLink(index.byUrl("a/one/")), true, true,
                docs(index, "a/two/", "a/x/one/", "a/x/two/"),
                category("A deep", null, true, true, docs(index, "a/x/deep/one/", "a/x/deep/two/")),
                category("A y", null, false, true, docs(index, "a/y/one/", "a/y/two/"))));
        top.add(category("B", null, true, true, docs(index, "b/one/", "b/two/"),
                category("B x", new CategoryLink.GeneratedIndex("category/bx/", null, null), true, true,
                        docs(index, "b/x/one/", "b/x/two/", "b/x/deep/one/", "b/x/deep/two/"))));
        top.add(category("C static", null, true, false, docs(index, "c/one/", "c/two/", "c/x/one/", "c/x/two/")));
        top.add(category("C open", null, false, true, docs(index, "c/x/one/")));
        top.add(category("AB", null, true, true, docs(index, "ab/one/", "ab/two/")));
        top.add(new LinkItem("Into a", "a/x/two/#part?q=1", true, "inner"));
        top.add(new LinkItem("Into b", "/b/x/#top", true, null));
        top.add(new LinkItem("Away", "https://example.com/", false, null));
        top.add(new HtmlItem("<a href=\"a/one/\">raw</a>", null, false));
        top.add(category("Empty", null, true, true, List.of()));
        Sidebars sidebars = Sidebars.of(new Sidebar("docs", top));
        Navigation navigation = new Navigation(sidebars, index);
        ThemeRenderer theme = new ThemeRenderer(loaded.config().templatesDir());
        SidebarCache cache = new SidebarCache(navigation, theme, loaded.siteView());

        List<Page> pages = new ArrayList<>(index.pages());
        for (int round = 0; round < 2; round++) {
            for (Page page : pages) {
                SidebarKey key = navigation.sidebarKey(page);
                List<NavItem> items = navigation.sidebar(key);
                String whole = new SharedSidebar(theme.renderSidebar(loaded.siteView(), items, key.root()))
                        .markedAt(key.href(page.url())).html();
                SidebarCache.ForPage drawn = cache.forPage(page);
                assertEquals(whole, drawn.html().html(), page.url());
                assertEquals(whole, new String(bytes(drawn.html()), java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(items.size(), drawn.items().size(), page.url());
                assertEquals(items, List.copyOf(drawn.items()), page.url());
            }
            java.util.Collections.reverse(pages);
        }
    }

    private static byte[] bytes(SidebarHtml html) {
        var out = new java.io.ByteArrayOutputStream();
        for (var part : html.utf8()) {
            byte[] b = new byte[part.remaining()];
            part.duplicate().get(b);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static CategoryItem category(String label, CategoryLink link, boolean collapsed, boolean collapsible,
                                         List<SidebarItem> items, SidebarItem... more) {
        List<SidebarItem> all = new ArrayList<>(items);
        all.addAll(List.of(more));
        return new CategoryItem(label, link, collapsed, collapsible, null, Map.of(), null, all);
    }

    private static List<SidebarItem> docs(SiteIndex index, String... urls) {
        List<SidebarItem> docs = new ArrayList<>();
        for (String url : urls) {
            docs.add(DocItem.of(index.byUrl(url)));
        }
        return docs;
    }
}
