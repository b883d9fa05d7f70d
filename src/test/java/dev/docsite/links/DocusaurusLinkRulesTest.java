package dev.docsite.links;

import static dev.docsite.links.DocusaurusSiteFixture.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.config.SiteLayout;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.site.SiteModel;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Docusaurus site whose docs folder sits beside the site folder ({@code path: '../docs'}) builds and checks its
 * links as Docusaurus does. Each test names the Docusaurus rule it follows: {@code resolveMarkdownLinkPathname}
 * ({@code docusaurus-utils/src/markdownLinks.ts}) for links to Markdown files, the docs plugin passing only its own
 * pages ({@code sourceToPermalink}) and its content path, the {@code Link} component for {@code pathname://} and the
 * base URL, and the broken-links checker for URLs. The links are in
 * {@code src/test/resources/docusaurus-links/docs/guides/setup.md}, one per line from line 6.
 */
class DocusaurusLinkRulesTest {

    private static final String SETUP = "docs/guides/setup/";
    private static final String FILE = "../docs/guides/setup.md";

    @TempDir
    Path dir;

    private Path fixture;
    private SiteModel site;

    @BeforeEach
    void load() {
        fixture = DocusaurusSiteFixture.copy(dir);
        site = DocusaurusSiteFixture.load(DocusaurusSiteFixture.besideSite(fixture, "docs", "/"));
    }

    @Test
    void routeBasePathDocsPutsEveryDocUnderDocsAndPagesAtTheirFilePath() {
        assertEquals(new TreeSet<>(List.of("docs/intro/", "docs/overview/", "docs/guides/install/",
                "docs/guides/overview/", "docs/guides/setup/", "docs/reference/", "docs/reference/api/", "help/")), new TreeSet<>(site.index().urls().keySet()));
    }

    @Test
    void routeBasePathSlashPutsDocsAtTheRoot() {
        SiteModel atRoot = DocusaurusSiteFixture.load(DocusaurusSiteFixture.besideSite(fixture, "/", "/"));
        assertEquals(new TreeSet<>(List.of("intro/", "overview/", "guides/install/", "guides/overview/",
                "guides/setup/", "reference/", "reference/api/", "help/")),
                new TreeSet<>(atRoot.index().urls().keySet()));
        assertEquals("../../intro/", verdict(atRoot, "guides/setup/", "../intro.md"));
        assertEquals("../../reference/api/", verdict(atRoot, "guides/setup/", "../reference/api"));
    }

    @Test
    void aFolderIndexDocResolvesRelativeUrlsAgainstItsFolderRoute() {
        // getSlug: a category index doc without slug gets the folder's slug, with its trailing slash.
        assertEquals("../../docs/reference/api/", verdict(site, "docs/reference/", "api"));
        assertEquals("../../docs/reference/api/", verdict(site, "docs/reference/", "./api"));
    }

    @Test
    void dotSlashAndDotDotSlashResolveFromTheFilesFolderOnly() {
        assertEquals("../../../docs/guides/install/#requirements", verdict(site, SETUP, "./install.md#requirements"));
        assertEquals("../../../docs/intro/", verdict(site, SETUP, "../intro.md"));
        // intro.md exists in the content root, but './' is never tried there.
        assertEquals(FILE + ":12:1: warning: no page file './intro.md' (looked for ../docs/guides/intro.md);"
                + " did you mean '../intro.md'? [broken-link]", verdict(site, SETUP, "./intro.md"));
    }

    @Test
    void bareFileNameResolvesFromTheFilesFolderThenTheContentRootThenTheSiteFolder() {
        assertEquals("../../../docs/guides/install/", verdict(site, SETUP, "install.md"));
        assertEquals("../../../docs/intro/", verdict(site, SETUP, "intro.md"));
        assertEquals("../../docs/guides/setup/", verdict(site, "docs/intro/", "guides/setup.md"));
        // Both docs/guides/overview.md and docs/overview.md exist: the file's folder comes first in the current
        // resolveMarkdownLinkPathname (its 2024 version, which kept the historical order, tried the content root first).
        assertEquals("../../../docs/guides/overview/", verdict(site, SETUP, "overview.md"));
    }

    @Test
    void leadingSlashResolvesFromTheContentRootThenTheSiteFolderNeverTheFilesFolder() {
        assertEquals("../../../docs/guides/install/", verdict(site, SETUP, "/guides/install.md"));
        // website/docs/intro.md does not exist: the docs are in ../docs.
        assertEquals(FILE + ":11:1: warning: no page file '/docs/intro.md' (looked for ../docs/docs/intro.md,"
                + " docs/intro.md); did you mean '../intro.md'? [broken-link]", verdict(site, SETUP, "/docs/intro.md"));
    }

    @Test
    void leadingSlashFindsADocInTheSiteFolderWhenTheDocsAreInsideIt() {
        SiteModel inside = DocusaurusSiteFixture.load(DocusaurusSiteFixture.docsInside(fixture));
        assertEquals("../../intro/", verdict(inside, "guides/setup/", "/docs/intro.md"));
        assertEquals("../../intro/", verdict(inside, "guides/setup/", "intro.md"));
        assertEquals(List.of(), inside.problems());
    }

    @Test
    void aSiteWithoutSrcPagesHasNoMarkdownPagesAndNoProblem() {
        SiteModel inside = DocusaurusSiteFixture.load(DocusaurusSiteFixture.docsInside(fixture));
        assertEquals(new TreeSet<>(List.of("intro/", "guides/setup/")), new TreeSet<>(inside.index().urls().keySet()));
    }

    @Test
    void siteAliasIsTheFileFromTheSiteFolder() {
        SiteModel inside = DocusaurusSiteFixture.load(DocusaurusSiteFixture.docsInside(fixture));
        assertEquals("../../intro/", verdict(inside, "guides/setup/", "@site/docs/intro.md"));
    }

    @Test
    void markdownLinksResolveOnlyAmongThePagesOfTheLinkingPagesPlugin() {
        assertEquals(FILE + ":15:1: warning: '@site/src/pages/help.md' is a page of another plugin (pages 'default'),"
                + " and Docusaurus resolves a link to a Markdown file only among the pages of the linking page's"
                + " plugin; link to its URL '/help' instead [broken-link]", verdict(site, SETUP, "@site/src/pages/help.md"));
    }

    @Test
    void pagesDoNotResolveLinksToMarkdownFiles() {
        assertEquals("src/pages/help.md:6:1: warning: '../../../docs/intro.md' names a Markdown file, and Docusaurus"
                + " does not resolve links to files in pages (only in docs and blog posts); link to the page's URL"
                + " instead [broken-link]", verdict(site, "help/", "../../../docs/intro.md"));
        assertEquals("../docs/intro/", verdict(site, "help/", "/docs/intro"));
    }

    @Test
    void aMissingMarkdownFileIsABrokenLink() {
        assertEquals(FILE + ":13:1: warning: no page file './missing.md' (looked for ../docs/guides/missing.md)"
                + " [broken-link]", verdict(site, SETUP, "./missing.md"));
    }

    @Test
    void aLinkLeavingTheSiteFolderAndEveryContentRootIsOutsideTheSite() {
        assertEquals(FILE + ":14:1: error: '../../secret.md' points outside the site folder and is not copied; move"
                + " the file into the static folder [link-outside-site]", verdict(site, SETUP, "../../secret.md"));
    }

    @Test
    void extensionlessLinksAreUrlsResolvedAgainstThePageUrlWithoutDocIdFallback() {
        assertEquals("../../../docs/reference/api/", verdict(site, SETUP, "../reference/api"));
        // From /docs/guides/setup a browser goes to /docs/guides/api: no route, so Docusaurus reports it.
        assertEquals(FILE + ":17:1: warning: no page matches 'api'; did you mean '/docs/reference/api/'? [broken-link]",
                verdict(site, SETUP, "api"));
    }

    @Test
    void docsiteSitesKeepTheDocIdFallback() {
        SiteConfig c = DocusaurusSiteFixture.besideSite(fixture, "docs", "/");
        SiteLayout docsite = new SiteLayout(c.contentRoots(), c.staticDirs(), c.layout().knownRoutes(),
                LinkRules.DOCSITE);
        SiteModel forgiving = DocusaurusSiteFixture.load(c.toBuilder().layout(docsite)
                .theme(ThemeConfig.none()).notices(List.of()).build());
        assertEquals("../../../docs/reference/api/", verdict(forgiving, SETUP, "api"));
    }

    @Test
    void routesOfPagesBlogAndReactPagesAreNotBroken() {
        assertEquals("../../../help/", verdict(site, SETUP, "/help"));
        assertEquals("../../../blog/2024/01/01/welcome", verdict(site, SETUP, "/blog/2024/01/01/welcome"));
        assertEquals("../../../showcase", verdict(site, SETUP, "/showcase"));
        assertEquals(FILE + ":21:1: warning: no page matches '/nowhere' [broken-link]", verdict(site, SETUP, "/nowhere"));
    }

    @Test
    void absoluteUrlsOfStaticFilesResolveInEveryStaticDirectory() {
        assertEquals("../../../img/logo.png", verdict(site, SETUP, "/img/logo.png"));
        assertEquals("../../../img/extra.png", verdict(site, SETUP, "/img/extra.png"));
    }

    @Test
    void absoluteUrlsWorkWithAndWithoutTheBaseUrl() {
        assertEquals(FILE + ":26:1: warning: no file '/base/img/logo.png' (looked for static/base/img/logo.png)"
                + " [missing-asset]", verdict(site, SETUP, "/base/img/logo.png"));
        SiteModel based = DocusaurusSiteFixture.load(DocusaurusSiteFixture.besideSite(fixture, "docs", "/base/"));
        assertEquals("../../../img/logo.png", verdict(based, SETUP, "/base/img/logo.png"));
        assertEquals("../../../img/logo.png", verdict(based, SETUP, "/img/logo.png"));
        assertEquals("../../../docs/intro/", verdict(based, SETUP, "/base/docs/intro"));
    }

    @Test
    void pathnameLinksAreWrittenWithTheBaseUrlAndNeverChecked() {
        assertEquals("/files/manual.pdf", verdict(site, SETUP, "pathname:///files/manual.pdf"));
        assertEquals("/files/none.pdf", verdict(site, SETUP, "pathname:///files/none.pdf"));
        SiteModel based = DocusaurusSiteFixture.load(DocusaurusSiteFixture.besideSite(fixture, "docs", "/base/"));
        assertEquals("/base/files/manual.pdf", verdict(based, SETUP, "pathname:///files/manual.pdf"));
    }

    @Test
    void problemsOfTheSiteAreExactlyTheLinksDocusaurusReports() {
        assertEquals(List.of(
                FILE + ":11:1: warning: no page file '/docs/intro.md' (looked for ../docs/docs/intro.md, docs/intro.md);"
                        + " did you mean '../intro.md'? [broken-link]",
                FILE + ":12:1: warning: no page file './intro.md' (looked for ../docs/guides/intro.md);"
                        + " did you mean '../intro.md'? [broken-link]",
                FILE + ":13:1: warning: no page file './missing.md' (looked for ../docs/guides/missing.md) [broken-link]",
                FILE + ":14:1: error: '../../secret.md' points outside the site folder and is not copied; move the file"
                        + " into the static folder [link-outside-site]",
                FILE + ":15:1: warning: '@site/src/pages/help.md' is a page of another plugin (pages 'default'), and"
                        + " Docusaurus resolves a link to a Markdown file only among the pages of the linking page's"
                        + " plugin; link to its URL '/help' instead [broken-link]",
                FILE + ":17:1: warning: no page matches 'api'; did you mean '/docs/reference/api/'? [broken-link]",
                FILE + ":21:1: warning: no page matches '/nowhere' [broken-link]",
                FILE + ":26:1: warning: no file '/base/img/logo.png' (looked for static/base/img/logo.png)"
                        + " [missing-asset]",
                FILE + ":27:1: warning: no page matches '/base/docs/intro'; did you mean '/docs/intro/'? [broken-link]",
                "src/pages/help.md:6:1: warning: '../../../docs/intro.md' names a Markdown file, and Docusaurus does"
                        + " not resolve links to files in pages (only in docs and blog posts); link to the page's URL"
                        + " instead [broken-link]"),
                site.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void theBuildCopiesEveryStaticDirectoryAndContentAssetsUnderTheRouteBasePath() throws Exception {
        SiteConfig config = DocusaurusSiteFixture.besideSite(fixture, "docs", "/");
        new dev.docsite.site.SiteBuilder(config, dev.docsite.testing.TestSite.CLOCK)
                .build(dev.docsite.site.SiteBuilder.Mode.BUILD);
        Path out = config.outDir();
        assertEquals(List.of("docs/guides/img/diagram.png", "files/manual.pdf", "img/extra.png", "img/logo.png"),
                files(out));
        // Both static directories hold img/logo.png: the first listed wins, as the link resolved to it.
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                java.nio.file.Files.readAllBytes(fixture.resolve("website/static/img/logo.png")),
                java.nio.file.Files.readAllBytes(out.resolve("img/logo.png")));
        assertEquals("../../../docs/guides/img/diagram.png", org.jsoup.Jsoup.parse(
                java.nio.file.Files.readString(out.resolve("docs/guides/setup/index.html")))
                .select("meta[property=og:image]").attr("content"));
    }

    /** The files of the output other than pages and the theme. */
    private static List<String> files(Path out) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(out)) {
            return walk.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches(".*\\.(png|pdf)$") && !p.startsWith("assets/"))
                    .sorted().toList();
        }
    }
}
