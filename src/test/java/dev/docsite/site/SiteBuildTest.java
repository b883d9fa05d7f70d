package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.problem.Problem;
import dev.docsite.testing.OutputLinkWalker;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end behaviour of {@code build}: content model, output layout, bad input, atomic output. */
class SiteBuildTest {

    @TempDir
    Path dir;

    private TestSite basicSite() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\nurl: https://docs.example.com\n");
        site.page("index.md", "title: Home", "Welcome to [the guide](guides/01-intro.md).\n");
        site.file("content/guides/_category_.yml", "label: Guides\nposition: 1\n");
        site.page("guides/01-intro.md", "title: Intro\nsidebar_position: 1", "## First steps\n\nSee [setup](./02-setup.md#install).\n");
        site.page("guides/02-setup.md", null, "# Setup guide\n\n## Install\n\nBack to [intro](intro).\n");
        site.page("guides/draft.md", "title: Draft\ndraft: true", "secret\n");
        site.page("guides/hidden.md", "title: Hidden\nunlisted: true", "not in nav\n");
        site.page("_partial.md", null, "partial\n");
        return site;
    }

    @Test
    void buildsPrettyUrlsWithNumberPrefixesStripped() {
        TestSite site = basicSite();
        BuildResult r = site.build();
        assertEquals(List.of(), r.problems());
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("guides/intro/index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("guides/setup/index.html")));
        assertEquals(List.of(), OutputLinkWalker.deadReferences(site.out()));
    }

    @Test
    void draftsAndPartialsAreNotBuiltAndUnlistedPagesAreHiddenFromNavigationSitemapAndSearch() throws IOException {
        TestSite site = basicSite();
        site.build();
        assertFalse(Files.exists(site.out().resolve("guides/draft")));
        assertFalse(Files.exists(site.out().resolve("partial")));
        assertTrue(Files.isRegularFile(site.out().resolve("guides/hidden/index.html")));
        assertEquals(List.of("https://docs.example.com/", "https://docs.example.com/guides/intro/",
                "https://docs.example.com/guides/setup/"), locations(site.read("sitemap.xml")));
        assertEquals(List.of("guides/intro/", "guides/setup/", ""), searchUrls(site));
        assertTrue(site.html("index.html").select(".sidebar a:containsOwn(Hidden)").isEmpty());
    }

    @Test
    void titleFallsBackToFirstHeadingAndIsNotShownTwice() {
        TestSite site = basicSite();
        site.build();
        Document setup = site.html("guides/setup/index.html");
        assertEquals(1, setup.select("h1").size());
        assertEquals("Setup guide", setup.selectFirst("h1").text().replace("#", "").strip());
        assertEquals("Setup guide | Test Docs", setup.title());
    }

    @Test
    void sidebarFollowsCategoryLabelsAndPositionsAndPaginationFollowsTheSidebar() {
        TestSite site = basicSite();
        site.build();
        Document intro = site.html("guides/intro/index.html");
        assertNotNull(intro.selectFirst(".sidebar :containsOwn(Guides)"));
        assertEquals("page", intro.selectFirst(".sidebar a:containsOwn(Intro)").attr("aria-current"));
        assertNotNull(intro.selectFirst(".sidebar a[href=../setup/]:containsOwn(Setup guide)"),
                "next page link in sidebar order");
    }

    @Test
    void pagesOfASectionShareOneSidebarWithOnlyTheirOwnLinkMarked() {
        TestSite site = basicSite();
        site.build();
        Document intro = site.html("guides/intro/index.html");
        Document setup = site.html("guides/setup/index.html");
        assertEquals(List.of("Intro"), intro.select(".sidebar a[aria-current=page]").eachText());
        assertEquals(List.of("Setup guide"), setup.select(".sidebar a[aria-current=page]").eachText());
        intro.select(".sidebar a").removeAttr("aria-current");
        setup.select(".sidebar a").removeAttr("aria-current");
        assertEquals(intro.selectFirst(".sidebar").outerHtml(), setup.selectFirst(".sidebar").outerHtml());
        String raw = site.read("guides/intro/index.html");
        assertTrue(raw.strip().endsWith("</html>"), "the page is written whole around the shared sidebar");
        assertFalse(raw.contains("\0"), "no placeholder is left in the page");
    }

    @Test
    void aThemeThatPrintsTheSidebarTwiceGetsTheMarkedSidebarBothTimes() {
        TestSite site = basicSite();
        site.file("templates/page.ftlh",
                "<html><body>${page.sidebarHtml?no_esc}<hr>${page.sidebarHtml?no_esc}</body></html>");
        site.build();
        Document intro = site.html("guides/intro/index.html");
        assertEquals(2, intro.select("aside.sidebar").size());
        assertEquals(List.of("Intro", "Intro"), intro.select("a[aria-current=page]").eachText());
        assertFalse(site.read("guides/intro/index.html").contains("\0"));
    }

    @Test
    void sitemapHasAbsoluteUrlsOfListedPages() {
        TestSite site = basicSite();
        site.build();
        String sitemap = site.read("sitemap.xml");
        assertEquals(List.of("https://docs.example.com/", "https://docs.example.com/guides/intro/",
                "https://docs.example.com/guides/setup/"), locations(sitemap));
    }

    @Test
    void theSitemapListsTheTagsIndexAndEachTagPageAfterThePages() {
        TestSite site = basicSite();
        site.page("guides/03-risk.md", "title: Risk\ntags: [Risk Scoring, SLA]", "Text.\n");
        site.build();
        assertEquals(List.of("https://docs.example.com/", "https://docs.example.com/guides/intro/",
                "https://docs.example.com/guides/setup/", "https://docs.example.com/guides/risk/",
                "https://docs.example.com/tags/", "https://docs.example.com/tags/risk-scoring/",
                "https://docs.example.com/tags/sla/"), locations(site.read("sitemap.xml")));
    }

    @Test
    void baseUrlPrefixesSitemapAndNotFoundPageButPagesStayRelative() {
        TestSite site = basicSite();
        BuildResult r = site.build(site.config(new ConfigOverrides(null, null, null, null, "/docs/", null, null, null)));
        assertFalse(r.failed());
        assertEquals(List.of("https://docs.example.com/docs/", "https://docs.example.com/docs/guides/intro/",
                "https://docs.example.com/docs/guides/setup/"), locations(site.read("sitemap.xml")));
        Document notFound = site.html("404.html");
        assertEquals(List.of("#main-content", "/docs/", "/docs/", "/docs/guides/intro/", "/docs/", "/docs/"), notFound.select("a[href]").eachAttr("href"));
        assertEquals(List.of(), OutputLinkWalker.deadReferences(site.out()));
    }

    @Test
    void malformedFrontmatterIsReportedAndTheRestOfTheSiteStillBuilds() {
        TestSite site = basicSite();
        site.page("broken.md", "title: [unclosed", "Body survives\n");
        BuildResult r = site.build();
        assertFalse(r.failed());
        Problem p = r.problems().get(0);
        assertEquals(ProblemCode.FRONTMATTER, p.code());
        assertEquals("content/broken.md", p.file());
        assertEquals(2, p.line());
        assertEquals("malformed frontmatter YAML: expected ',' or ']', but got <stream end>; the page is built without"
                + " its frontmatter until this is fixed", p.message());
        assertEquals("Body survives", site.html("broken/index.html").selectFirst(".markdown").text());
        assertTrue(Files.isRegularFile(site.out().resolve("guides/intro/index.html")));
    }

    @Test
    void nonUtf8AndBinaryFilesAreReportedWithTheirFileAndLine() {
        TestSite site = basicSite();
        site.bytes("content/latin1.md", "line one\ncaf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        site.bytes("content/image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        BuildResult r = site.build();
        Map<String, Problem> byFile = new HashMap<>();
        r.problems().forEach(p -> byFile.put(p.file(), p));
        assertEquals(ProblemCode.UNREADABLE_FILE, byFile.get("content/latin1.md").code());
        assertEquals(2, byFile.get("content/latin1.md").line());
        assertEquals("not valid UTF-8 (byte offset 12); re-save the file as UTF-8", byFile.get("content/latin1.md").message());
        assertEquals("binary file with a Markdown name; rename it or move it out of the content folder (static files belong in the static folder)", byFile.get("content/image.md").message());
        assertFalse(r.failed(), "without --strict the rest of the site is built");
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
    }

    @Test
    void strictBuildWithProblemsFailsAndLeavesThePreviousOutputByteForByteUnchanged() throws IOException {
        TestSite site = basicSite();
        assertFalse(site.build().failed());
        Map<String, byte[]> before = snapshot(site.out());
        site.page("guides/03-new.md", "title: New", "A [dead link](./nowhere.md).\n");
        BuildResult r = site.build(site.config(new ConfigOverrides(null, null, null, null, null, true, null, null)));
        assertTrue(r.failed());
        assertFalse(r.written());
        assertEquals(ProblemCode.BROKEN_LINK, r.problems().get(0).code());
        Map<String, byte[]> after = snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
    }

    @Test
    void aTemplateErrorPartWayThroughLeavesThePreviousOutputUnchanged() throws IOException {
        TestSite site = basicSite();
        site.build();
        Map<String, byte[]> before = snapshot(site.out());
        site.file("templates/page.ftlh", "<#if page.title == 'Intro'>${page.noSuchField}</#if>ok\n");
        BuildResult r = site.build();
        assertTrue(r.failed());
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.TEMPLATE));
        Map<String, byte[]> after = snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging removed");
        }
    }

    @Test
    void brokenLinksWithoutStrictAreWarningsRenderedVisiblyNotDropped() {
        TestSite site = basicSite();
        site.page("guides/03-new.md", "title: New", "A [dead link](./nowhere.md).\n");
        BuildResult r = site.build();
        assertFalse(r.failed());
        assertEquals(1, r.warnings());
        Document page = site.html("guides/new/index.html");
        assertEquals("./nowhere.md", page.selectFirst("a.broken-link").attr("href"));
        assertEquals("no page file './nowhere.md' (looked for content/guides/nowhere.md)", page.selectFirst("a.broken-link").attr("title"));
    }

    @Test
    void referencesLeavingTheSiteAreErrorsAndNeverCopied() {
        TestSite site = basicSite();
        site.page("guides/evil.md", "title: Evil", "![x](../../../../../../../../etc/passwd)\n");
        BuildResult r = site.build();
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == ProblemCode.LINK_OUTSIDE_SITE));
        try (Stream<Path> all = Files.walk(site.out())) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("passwd")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void checkWritesNothing() throws Exception {
        TestSite site = basicSite();
        BuildResult r = new SiteBuilder(site.config(), TestSite.CLOCK).build(SiteBuilder.Mode.CHECK);
        assertFalse(r.failed());
        assertFalse(r.written());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void frontmatterFieldsReachThePage() {
        TestSite site = basicSite();
        site.page("meta.md", """
                title: Meta <b>page</b>
                description: What "this" is
                keywords: [a, b]
                image: /img/social.png
                tags: [x]
                hide_table_of_contents: true
                """, "## One\n\n## Two\n");
        site.bytes("static/img/social.png", new byte[] {1});
        assertEquals(List.of(), site.build().problems());
        Document page = site.html("meta/index.html");
        assertEquals("What \"this\" is", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Meta <b>page</b>", page.selectFirst("h1").text());
        assertNull(page.selectFirst("h1 b"), "titles are escaped");
        assertEquals("https://docs.example.com/img/social.png", page.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(page.select(".toc-column a[href=#one]").isEmpty(), "hide_table_of_contents");
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The {@code <loc>} of every URL in a sitemap, in order. */
    private static List<String> locations(String sitemap) {
        return Jsoup.parse(sitemap, "", Parser.xmlParser()).select("url > loc").eachText();
    }

    /** The URL of every page in the search index, in order. */
    /** The URLs of the search index's documents, in order, read from its chunk files. */
    private static List<String> searchUrls(TestSite site) throws IOException {
        List<String> urls = new java.util.ArrayList<>();
        for (int n = 0; Files.exists(site.out().resolve("search/c/" + n + ".js")); n++) {
            String script = site.read("search/c/" + n + ".js");
            String json = script.substring(script.indexOf(',') + 1, script.lastIndexOf(')'));
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                    .forEach(document -> urls.add(document.get(0).textValue()));
        }
        return urls;
    }
}
