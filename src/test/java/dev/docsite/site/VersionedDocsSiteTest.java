package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.Problem;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.VersionedSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A versioned Docusaurus site built with Docusaurus's defaults (versions.json {@code ["2.0", "1.0"]}, no
 * {@code lastVersion}): the last released version 2.0 at {@code /docs/}, the current version at {@code /docs/next/}
 * with the "unreleased" banner, 1.0 at {@code /docs/1.0/} with the "unmaintained" banner, each banner linking to the
 * same doc in 2.0 (else to 2.0's main doc); a "Version: label" badge since the site has several versions; Docusaurus's
 * search metadata; the version dropdown leading to the same doc in each version, else to the version's main doc.
 */
class VersionedDocsSiteTest {

    @TempDir
    static Path dir;

    private static Path out;
    private static List<Problem> problems;

    @BeforeAll
    static void build() throws Exception {
        Path site = VersionedSite.create(dir, "");
        BuildResult result = new SiteBuilder(VersionedSite.config(site), TestSite.CLOCK)
                .build(SiteBuilder.Mode.BUILD);
        assertTrue(result.written(), result.failure());
        problems = result.problems();
        out = site.resolve("site-output");
    }

    private static Document page(String route) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(route).resolve("index.html")));
    }

    @Test
    void eachVersionIsBuiltUnderItsOwnPath() throws IOException {
        try (var files = Files.walk(out)) {
            assertEquals(List.of("docs/1.0/guides/setup", "docs/1.0/intro", "docs/1.0/legacy", "docs/guides/setup",
                            "docs/intro", "docs/next/guides/setup", "docs/next/intro", "docs/next/new-feature",
                            "versions"),
                    files.filter(f -> f.getFileName().toString().equals("index.html"))
                            .map(f -> out.relativize(f.getParent()).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void theCurrentVersionIsUnreleasedAndLinksToTheSameDocInTheLastVersion() throws IOException {
        Element banner = page("docs/next/guides/setup").selectFirst("[role=alert].doc-version-banner");
        assertEquals("This is unreleased documentation for Fixture Next version. For up-to-date documentation, see"
                + " the latest version (2.0).", banner.text());
        assertEquals("Next", banner.selectFirst("div > b").text());
        assertEquals("../../../../docs/guides/setup/", banner.selectFirst("a").attr("href"));
    }

    @Test
    void aDocMissingFromTheLastVersionLinksToItsMainDoc() throws IOException {
        Element banner = page("docs/next/new-feature").selectFirst(".doc-version-banner");
        assertEquals("../../../docs/intro/", banner.selectFirst("a").attr("href"));
        Element old = page("docs/1.0/legacy").selectFirst(".doc-version-banner");
        assertEquals("This is documentation for Fixture 1.0, which is no longer actively maintained. For up-to-date"
                + " documentation, see the latest version (2.0).", old.text());
        assertEquals("../../../docs/intro/", old.selectFirst("a").attr("href"));
    }

    @Test
    void theLastVersionHasNoBannerAndEveryVersionItsBadge() throws IOException {
        Document last = page("docs/guides/setup");
        assertNull(last.selectFirst(".doc-version-banner"));
        assertEquals("Version: 2.0", last.selectFirst(".doc-version-badge").text());
        assertEquals("Version: Next", page("docs/next/intro").selectFirst(".doc-version-badge").text());
        assertEquals("Version: 1.0", page("docs/1.0/intro").selectFirst(".doc-version-badge").text());
    }

    @Test
    void pagesCarryTheirVersionAsDocusaurusSearchMetadata() throws IOException {
        Document old = page("docs/1.0/intro");
        assertEquals("1.0", old.selectFirst("meta[name=docsearch:version]").attr("content"));
        assertEquals("1.0", old.selectFirst("meta[name=docusaurus_version]").attr("content"));
        assertEquals("docs-default-1.0", old.selectFirst("meta[name=docusaurus_tag]").attr("content"));
        assertEquals("docs-default-1.0", old.selectFirst("meta[name=docsearch:docusaurus_tag]").attr("content"));
        assertEquals("docs-version-1.0", old.selectFirst("html").className());
        assertEquals("current", page("docs/next/intro").selectFirst("meta[name=docsearch:version]").attr("content"));
        Document notADoc = page("versions");
        assertNull(notADoc.selectFirst("meta[name=docsearch:version]"));
        assertEquals("", notADoc.selectFirst("html").className());
    }

    @Test
    void theDropdownLeadsToTheSameDocInEachVersionElseToItsMainDoc() throws IOException {
        assertEquals(List.of(
                        "Next → ../../../docs/next/intro/",
                        "2.0 → ../../../docs/intro/",
                        "1.0 → ../../../docs/1.0/legacy/ (active)",
                        "All versions → ../../../versions/"),
                dropdown(page("docs/1.0/legacy")));
        assertEquals(List.of(
                        "Next → ../../../../docs/next/guides/setup/ (active)",
                        "2.0 → ../../../../docs/guides/setup/",
                        "1.0 → ../../../../docs/1.0/guides/setup/",
                        "All versions → ../../../../versions/"),
                dropdown(page("docs/next/guides/setup")));
    }

    @Test
    void theDropdownIsLabelledWithTheVersionReadAndOutsideTheDocsWithTheLastOne() throws IOException {
        Element reading = page("docs/1.0/legacy").selectFirst(".navbar-dropdown-linked > a");
        assertEquals("1.0", reading.text());
        assertEquals("../../../docs/1.0/intro/", reading.attr("href"), "the version's main doc");
        Document outside = page("versions");
        assertEquals("2.0", outside.selectFirst(".navbar-dropdown-linked > a").text());
        assertEquals(List.of("Next → ../docs/next/intro/", "2.0 → ../docs/intro/", "1.0 → ../docs/1.0/intro/",
                "All versions → ../versions/ (active)"), dropdown(outside));
    }

    @Test
    void aDocNavbarItemLeadsToTheDocOfTheVersionRead() throws IOException {
        assertEquals("../../../docs/1.0/intro/", docsItem(page("docs/1.0/legacy")));
        assertEquals("../../../docs/next/intro/", docsItem(page("docs/next/new-feature")));
        assertEquals("../docs/intro/", docsItem(page("versions")), "outside the docs: the last version");
    }

    @Test
    void linksAcrossVersionsByUrlAreFineAndALinkToAPageOfAnotherVersionOnlyIsBroken() {
        assertEquals(List.of(
                "docs/intro.md:5:60: warning: no page matches '/docs/legacy'; did you mean '/docs/1.0/legacy/'?"
                        + " [broken-link]",
                "versioned_docs/version-1.0/legacy.md:5:20: warning: no page file 'guides/setpu.md' (looked for"
                        + " versioned_docs/version-1.0/guides/setpu.md, guides/setpu.md); did you mean"
                        + " './guides/setup.md'? [broken-link]",
                "versioned_docs/version-2.0/intro.md:5:1: warning: no page file 'new-feature.md' (looked for"
                        + " versioned_docs/version-2.0/new-feature.md, new-feature.md); did you mean"
                        + " '../../docs/new-feature.md'? [broken-link]"),
                problems.stream().map(Problem::format).toList());
    }

    @Test
    void aDocsVersionItemLeadsToTheMainDocOfTheVersionRead() throws IOException {
        Element item = page("docs/1.0/legacy").select(".navbar-items-right .navbar-link").last();
        assertEquals("1.0 → ../../../docs/1.0/intro/", item.text() + " → " + item.attr("href"));
        Element outside = page("versions").select(".navbar-items-right .navbar-link").last();
        assertEquals("2.0 → ../docs/intro/", outside.text() + " → " + outside.attr("href"));
    }

    @Test
    void theDropdownsVersionsOptionChoosesAndRelabelsVersionsAndItemsBeforeComeFirst() throws Exception {
        Path site = VersionedSite.create(dir.resolve("chosen"), "", """
                {type: 'docsVersionDropdown', dropdownActiveClassDisabled: true,
                 dropdownItemsBefore: [{href: 'https://old.example.com', label: 'Archive'}],
                 versions: {'1.0': {label: 'One'}, current: {}}},""");
        assertTrue(new SiteBuilder(VersionedSite.config(site), TestSite.CLOCK).build(SiteBuilder.Mode.BUILD).written());
        Document page = Jsoup.parse(Files.readString(site.resolve("site-output/docs/1.0/legacy/index.html")));
        assertEquals(List.of("Archive → https://old.example.com", "One → ../../../docs/1.0/legacy/ (active)",
                "Next → ../../../docs/next/intro/"), dropdown(page));
        Element toggle = page.selectFirst(".navbar-dropdown-linked > a");
        assertEquals("One", toggle.text());
        assertEquals("navbar-link", toggle.className(), "dropdownActiveClassDisabled");
    }

    @Test
    void aNoIndexVersionAsksSearchEnginesNotToIndexItAndIsLeftOutOfTheSitemap() throws Exception {
        Path site = VersionedSite.create(dir.resolve("noindex"), "versions: {'1.0': {noIndex: true}}");
        assertTrue(new SiteBuilder(VersionedSite.config(site), TestSite.CLOCK).build(SiteBuilder.Mode.BUILD).written());
        Document old = Jsoup.parse(Files.readString(site.resolve("site-output/docs/1.0/legacy/index.html")));
        assertEquals("noindex, nofollow", old.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("/docs/guides/setup/", "/docs/intro/", "/docs/next/guides/setup/", "/docs/next/intro/",
                        "/docs/next/new-feature/", "/versions/"),
                Jsoup.parse(Files.readString(site.resolve("site-output/sitemap.xml")), "", Parser.xmlParser())
                        .select("loc").eachText().stream()
                        .map(loc -> loc.substring("https://fixture.example.com".length())).sorted().toList());
    }

    @Test
    void pagesKnowTheirVersionName() throws Exception {
        SiteModel model = VersionedSite.load(VersionedSite.create(dir.resolve("names"), ""));
        assertEquals(List.of("docs/1.0/intro/ 1.0", "docs/intro/ 2.0", "docs/next/intro/ current", "versions/ "),
                model.index().pages().stream().filter(p -> p.url().endsWith("intro/") || p.url().equals("versions/"))
                        .map(p -> p.url() + " " + p.versionName()).sorted().toList());
    }

    @Test
    void anEditUrlFunctionIsCalledWithTheDocsVersionAndItsFolder() throws Exception {
        Path site = VersionedSite.create(dir.resolve("edit"), "editUrl: ({version, versionDocsDirPath, docPath})"
                + " => `https://git.example.com/${version}/${versionDocsDirPath}/${docPath}`");
        assertTrue(new SiteBuilder(VersionedSite.config(site), TestSite.CLOCK).build(SiteBuilder.Mode.BUILD).written());
        Document page = Jsoup.parse(Files.readString(site.resolve("site-output/docs/1.0/guides/setup/index.html")));
        assertEquals("https://git.example.com/1.0/versioned_docs/version-1.0/guides/setup.md",
                page.selectFirst(".edit-this-page a").attr("href"));
    }

    @Test
    void itemsOutsideTheDocsCarryTheirTargetInEachVersionForTheReadersPreferredVersion() throws IOException {
        Document outside = page("versions");
        Element docs = outside.select(".navbar-items-right .navbar-link").first();
        assertEquals("default {\"current\":\"../docs/next/intro/\",\"2.0\":\"../docs/intro/\","
                + "\"1.0\":\"../docs/1.0/intro/\"} ", docs.attr("data-docs-plugin") + " "
                + docs.attr("data-version-hrefs") + " " + docs.attr("data-version-labels"));
        Element toggle = outside.selectFirst(".navbar-dropdown-linked > a");
        assertEquals("{\"current\":\"Next\",\"2.0\":\"2.0\",\"1.0\":\"1.0\"}", toggle.attr("data-version-labels"));
        assertEquals(List.of("current", "2.0", "1.0", ""), outside.select(".navbar-dropdown-menu a").stream()
                .map(a -> a.attr("data-docs-version")).toList(), "clicking a version remembers it");
        Document doc = page("docs/1.0/legacy");
        assertEquals(List.of(), doc.select("[data-version-hrefs]").eachAttr("href"), "on a doc the version read wins");
        assertEquals("2.0", doc.selectFirst(".doc-version-banner-latest a").attr("data-docs-version"));
    }

    private static String docsItem(Document page) {
        return page.select(".navbar-items-right .navbar-link").stream().filter(a -> a.text().equals("Docs"))
                .findFirst().orElseThrow().attr("href");
    }

    private static List<String> dropdown(Document page) {
        return page.select(".navbar-dropdown-menu a").stream().map(a -> a.text() + " → " + a.attr("href")
                + (a.hasClass("navbar-dropdown-link-active") ? " (active)" : "")).toList();
    }
}
