package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a change re-renders and which open pages are told to reload. */
class PreviewRebuildTest {

    @TempDir
    java.nio.file.Path dir;

    private ServeFixture f;
    private ServeFixture.RecordingClient alpha;
    private ServeFixture.RecordingClient beta;
    private ServeFixture.RecordingClient gamma;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServeFixture(dir).open();
        alpha = f.connect("guides/a/");
        beta = f.connect("guides/b/");
        gamma = f.connect("platform/c/");
    }

    private static Element overlay(String html) {
        Document doc = Jsoup.parse(html);
        return doc.getElementById("docsite-problems");
    }

    @Test
    void aRehearsedEditChangesNothingThatIsServed() {
        long generation = f.preview.generation();
        String home = f.html("/");
        String a = f.html("/guides/a/");
        int logged = f.log.size();
        for (int i = 0; i < 3; i++) {
            assertTrue(f.preview.rehearseEdit());
        }
        assertEquals(generation, f.preview.generation());
        assertEquals(home, f.html("/"));
        assertEquals(a, f.html("/guides/a/"));
        assertFalse(alpha.toldToReload() || beta.toldToReload() || gamma.toldToReload());
        assertEquals(logged, f.log.size(), "no rebuild is reported");
    }

    @Test
    void bodyEditReloadsOnlyThatPage() {
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\nEdited alpha text.\n\n## Setup\n\n"
                + "Open criticals: :kpi[open-critical]\n");
        assertTrue(f.html("/guides/a/").contains("Edited alpha text."));
        assertTrue(alpha.toldToReload());
        assertFalse(beta.toldToReload());
        assertFalse(gamma.toldToReload());
    }

    @Test
    void headingChangeReloadsPagesLinkingToIt() {
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\nOriginal alpha text.\n\n## Installation\n");
        assertTrue(alpha.toldToReload());
        assertTrue(beta.toldToReload(), "beta links to a.md#setup, which is now broken");
        assertFalse(gamma.toldToReload());
        Element problems = overlay(f.html("/guides/b/"));
        assertNotNull(problems);
        assertTrue(problems.text().contains("content/guides/b.md"), problems.text());
    }

    @Test
    void markdownMistakesShowInTheOverlayWithTheirLines() {
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\n:::notee\nTypo.\n:::\n\n<Foo>\n\nKept text.\n\n"
                + "</Foo>\n\n<Bar />\n\n:::tip\nnever closed\n");
        String html = f.html("/guides/a/");
        Element problems = overlay(html);
        assertNotNull(problems);
        assertEquals(List.of(
                "content/guides/a.md:4:1 warning Unknown admonition type 'notee', rendered as a generic admonition;"
                        + " did you mean 'note'? unknown-admonition",
                "content/guides/a.md:8:1 warning Unknown MDX component <Foo>: docsite renders only its content;"
                        + " remove the tag, or use a component docsite knows unknown-component",
                "content/guides/a.md:14:1 warning Unknown MDX component <Bar>: docsite renders only its content;"
                        + " remove the tag, or use a component docsite knows unknown-component",
                "content/guides/a.md:16:1 warning Admonition ':::tip' is never closed, so it runs to the end of its"
                        + " container; add a ':::' line unclosed-admonition"),
                problems.select("li.problem").eachText());
        assertEquals("Kept text.", Jsoup.parse(html).select("article p").stream()
                .filter(p -> p.text().startsWith("Kept")).findFirst().orElseThrow().text());
    }

    @Test
    void editingAPartialRerendersThePagesIncludingIt() {
        f.write("content/guides/_shared.md", "## Shared step\n\nFirst version of the shared text.\n");
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\nimport Shared from './_shared.md';\n\n"
                + "<Shared />\n");
        assertEquals("First version of the shared text.",
                Jsoup.parse(f.html("/guides/a/")).selectFirst("#shared-step + p").text());
        alpha.clear();
        beta.clear();
        gamma.clear();

        f.write("content/guides/_shared.md", "## Shared step\n\nSecond version of the shared text.\n");

        assertTrue(alpha.toldToReload());
        assertFalse(gamma.toldToReload());
        assertEquals("Second version of the shared text.",
                Jsoup.parse(f.html("/guides/a/")).selectFirst("#shared-step + p").text());

        f.write("content/guides/_shared.md", "## Shared step\n\n<Widget />\n");
        assertEquals(List.of("content/guides/_shared.md:3:1 warning Unknown MDX component <Widget>: docsite renders only"
                        + " its content; remove the tag, or use a component docsite knows (in a partial included at"
                        + " content/guides/a.md:6) unknown-component"),
                overlay(f.html("/guides/a/")).select("li.problem").eachText());
    }

    @Test
    void titleChangeReloadsEveryOpenPageBecauseTheSidebarChanged() {
        f.write("content/guides/b.md", "---\ntitle: Beta renamed\n---\nSee [setup](a.md#setup).\n");
        assertTrue(alpha.toldToReload());
        assertTrue(beta.toldToReload());
        assertTrue(gamma.toldToReload());
        assertTrue(f.html("/guides/a/").contains("Beta renamed"), "sidebar of a sibling page");
    }

    @Test
    void theSidebarDataFileIsMadeAgainWhenTheSidebarChanges() {
        String item = "{\"type\":\"doc\",\"label\":\"%s\",\"url\":\"platform/c/\"}";
        assertTrue(f.html("/assets/sidebars/0.js").contains(item.formatted("Gamma")));
        assertEquals(null, Jsoup.parse(f.html("/guides/a/")).selectFirst("#sidebar details li > a[href$=platform/c/]"),
                "the platform category is closed on guides/a/ and holds no items");
        f.write("content/platform/c.md", "---\ntitle: Gamma renamed\n---\nGamma text.\n");
        String data = f.html("/assets/sidebars/0.js");
        assertTrue(data.contains(item.formatted("Gamma renamed")), data);
        assertFalse(data.contains(item.formatted("Gamma")), data);
    }

    @Test
    void deletedPageIsGoneAndItsViewersReload() {
        f.delete("content/platform/c.md");
        assertEquals(404, f.get("/platform/c/").status());
        assertTrue(gamma.toldToReload());
        assertTrue(f.html("/sitemap.xml").contains("guides/a/"));
        assertFalse(f.html("/sitemap.xml").contains("platform/c/"), "the sitemap no longer lists it");
    }

    @Test
    void renamedPageMovesToItsNewUrl() throws Exception {
        Files.move(f.path("content/platform/c.md"), f.path("content/platform/d.md"));
        f.preview.apply(List.of(f.path("content/platform/c.md"), f.path("content/platform/d.md")));
        assertEquals(404, f.get("/platform/c/").status());
        assertEquals(200, f.get("/platform/d/").status());
        assertTrue(f.html("/platform/d/").contains("Gamma text."));
    }

    @Test
    void brokenFrontMatterShowsTheProblemOverTheLastGoodPageAndFixingItRemovesIt() {
        f.write("content/guides/a.md", "---\ntitle: [unclosed\n---\nHalf-typed edit.\n");
        String broken = f.html("/guides/a/");
        assertTrue(alpha.toldToReload());
        Element problems = overlay(broken);
        assertNotNull(problems);
        assertFalse(problems.hasAttr("hidden"));
        assertTrue(problems.text().contains("content/guides/a.md:"), problems.text());
        assertTrue(broken.contains("Original alpha text."), "the last good page stays underneath");
        assertFalse(broken.contains("Half-typed edit."));

        alpha.clear();
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\nFixed alpha text.\n");
        String fixed = f.html("/guides/a/");
        assertTrue(alpha.toldToReload());
        assertTrue(overlay(fixed) == null || overlay(fixed).hasAttr("hidden"));
        assertTrue(fixed.contains("Fixed alpha text."));
    }

    @Test
    void brokenTemplateShowsTheLastGoodPageWithTheTemplateError() {
        String good = f.html("/platform/c/");
        f.write("templates/page.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.base>${page.nope.missing}</@layout.base>\n");
        String html = f.html("/platform/c/");
        assertTrue(gamma.toldToReload());
        Element problems = overlay(html);
        assertNotNull(problems);
        assertTrue(problems.text().contains("template"), problems.text());
        assertTrue(html.contains("Gamma text."), "last good rendering underneath");
        assertTrue(good.contains("Gamma text."));

        f.delete("templates/page.ftlh");
        String fixed = f.html("/platform/c/");
        Element after = overlay(fixed);
        assertTrue(after == null || after.hasAttr("hidden"));
    }

    @Test
    void invalidSiteYmlKeepsTheOldSiteAndShowsTheErrorOnEveryPage() {
        f.write("site.yml", "title: Test Docs\nkpi:\n  feed: data/kpi.json\nunknown_key: 1\n");
        assertEquals(200, f.get("/guides/a/").status());
        Element problems = overlay(f.html("/platform/c/"));
        assertNotNull(problems);
        assertTrue(problems.text().contains("site.yml"), problems.text());
        assertTrue(gamma.toldToReload());
        assertTrue(f.log.stream().anyMatch(l -> l.contains("the configuration is invalid")), f.log.toString());

        f.write("site.yml", "title: Renamed Docs\nkpi:\n  feed: data/kpi.json\n");
        String html = f.html("/platform/c/");
        assertTrue(html.contains("Renamed Docs"));
        Element after = overlay(html);
        assertTrue(after == null || after.hasAttr("hidden"));
    }

    @Test
    void newPageAppearsAndIsLinkedFromTheSidebar() {
        f.write("content/guides/e.md", "---\ntitle: Epsilon\n---\nNew page.\n");
        assertEquals(200, f.get("/guides/e/").status());
        assertTrue(f.html("/guides/a/").contains("Epsilon"));
        assertTrue(alpha.toldToReload());
    }

    @Test
    void staticFileChangeIsServedAtOnce() {
        f.write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>v2</title></svg>");
        assertTrue(new String(f.get("/img/logo.svg").body()).contains("v2"));
        assertFalse(alpha.toldToReload(), "no open page shows the logo");
    }

    @Test
    void aChangeThatCannotBeReadIsLoggedAndTheSiteKeepsServing() throws Exception {
        Files.move(f.path("content"), f.path("content-moved"));
        f.preview.apply(List.of(f.path("content/guides/a.md")));
        assertEquals(200, f.get("/guides/a/").status());
        assertTrue(f.log.stream().anyMatch(l -> l.startsWith("Rebuild failed")), f.log.toString());
        assertNull(overlay(f.html("/guides/a/")).hasAttr("hidden") ? null : "overlay shown");
    }

    private String versionIn(String html) {
        String src = Jsoup.parse(html).selectFirst("script[src*=__docsite/live.js]").attr("src");
        return src.substring(src.indexOf("?v=") + 3);
    }

    @Test
    void pageServedJustBeforeARebuildIsToldToReloadWhenItConnects() {
        String servedVersion = versionIn(f.html("/guides/a/"));
        assertTrue(f.preview.isCurrent("guides/a/", servedVersion));
        f.write("content/guides/a.md", "---\ntitle: Alpha guide\n---\nChanged while the browser was loading.\n");
        assertFalse(f.preview.isCurrent("guides/a/", servedVersion), "missed the reload event while connecting");
        assertTrue(f.preview.isCurrent("guides/a/", versionIn(f.html("/guides/a/"))));
        assertTrue(f.preview.isCurrent("platform/c/", versionIn(f.html("/platform/c/"))), "other pages unchanged");
    }
}
