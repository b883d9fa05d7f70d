package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.docsite.templates.ThemeRenderer;
import dev.docsite.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one list of a site's files, which build, check and the preview server share. */
class SiteAssemblyTest {

    @TempDir
    Path dir;

    private SiteAssembly assemble(TestSite site) throws Exception {
        SiteModel model = site.load();
        return SiteAssembly.of(model, new ThemeRenderer(model.config().templatesDir()));
    }

    @Test
    void listsEachPartOfTheSiteByItsPath() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: Docs\n")
                .page("guides/a.md", "title: Alpha\nimage: ./img/card.png", "Alpha text.\n")
                .file("content/guides/img/card.png", "png")
                .file("static/robots.txt", "User-agent: *\n");

        SiteAssembly assembly = assemble(site);

        SiteFile.Rendered page = assertInstanceOf(SiteFile.Rendered.class, assembly.file("guides/a/index.html"));
        assertEquals("guides/a/", page.url());
        assertEquals("../../", page.root());
        SiteFile.Rendered notFound = assertInstanceOf(SiteFile.Rendered.class, assembly.file("404.html"));
        assertNull(notFound.page());
        assertEquals("/", notFound.root());
        assertInstanceOf(SiteFile.Generated.class, assembly.file("sitemap.xml"));
        assertEquals(dir.resolve("static/robots.txt"),
                assertInstanceOf(SiteFile.Copied.class, assembly.file("robots.txt")).source());
        assertEquals(dir.resolve("content/guides/img/card.png"),
                assertInstanceOf(SiteFile.Copied.class, assembly.file("guides/img/card.png")).source(),
                "a frontmatter image is copied like the body's images");
        assertInstanceOf(SiteFile.Generated.class, assembly.file("assets/vendor/highlight.min.js"));
        assertNull(assembly.file("kpi/snapshot.json"), "no KPI feed, no snapshot");
    }

    @Test
    void theSearchIndexFilesHoldTheListedPages() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: Docs\n")
                .page("a.md", "title: Alpha", "Alpha text.\n")
                .page("b.md", "title: Hidden\nunlisted: true", "Not searchable.\n");

        SiteAssembly assembly = assemble(site);

        assertEquals("docsiteSearchData(\"manifest\",{\"version\":1,\"documents\":1,\"chunkSize\":4,"
                + "\"fragments\":[[\"alpha\",0]],\"scopes\":[\"\"],\"scopeRuns\":[0,1]});\n",
                text(assembly.file("search/manifest.js")));
        assertEquals("docsiteSearchData(\"f0\",{\"alpha\":\"0||\",\"text\":\"||0\"});\n",
                text(assembly.file("search/f/0.js")));
        assertEquals("docsiteSearchData(\"c0\",[[\"a/\",\"Alpha\",\"Alpha text.\",[]]]);\n",
                text(assembly.file("search/c/0.js")));
        assertNull(assembly.file("search/c/1.js"));
    }

    @Test
    void aLaterPartReplacesAnEarlierFileWithTheSamePath() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: Docs\n")
                .page("a.md", "title: Alpha", "Alpha text.\n")
                .file("static/404.html", "<p>Our own 404</p>")
                .file("static/assets/docsite.css", "static css")
                .file("templates/assets/docsite.js", "override js");

        SiteAssembly assembly = assemble(site);

        assertEquals(dir.resolve("static/404.html"),
                assertInstanceOf(SiteFile.Copied.class, assembly.file("404.html")).source(), "static over generated");
        assertInstanceOf(SiteFile.Generated.class, assembly.file("assets/docsite.css"), "theme over static");
        assertEquals(dir.resolve("templates/assets/docsite.js"),
                assertInstanceOf(SiteFile.Copied.class, assembly.file("assets/docsite.js")).source(),
                "the site's theme override over the built-in asset");
        assertEquals(1, assembly.files().stream().filter(f -> f.path().equals("404.html")).count());
    }

    @Test
    void generatedFilesAreMadeOnceWhenFirstAskedFor() throws Exception {
        SiteAssembly assembly = assemble(new TestSite(dir).file("site.yml", "title: Docs\n")
                .page("a.md", "title: Alpha", "Alpha text.\n"));
        SiteFile.Generated sitemap = (SiteFile.Generated) assembly.file("sitemap.xml");

        assertSame(sitemap.content().get(), sitemap.content().get());
    }

    private static String text(SiteFile file) {
        return new String(((SiteFile.Generated) file).bytes(), StandardCharsets.UTF_8);
    }
}
