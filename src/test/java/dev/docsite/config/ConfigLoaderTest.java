package dev.docsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path site;

    @Test
    void defaultsWithoutSiteYml() throws ConfigException {
        SiteConfig c = ConfigLoader.load(site, ConfigOverrides.none());
        assertEquals(site.resolve("content"), c.contentDir());
        assertEquals(site.resolve("site-output"), c.outDir());
        assertEquals("/", c.baseUrl());
        assertEquals(Duration.ofDays(7), c.kpi().maxAge());
    }

    @Test
    void markdownMathIsOffUnlessSiteYmlTurnsItOn() throws IOException, ConfigException {
        assertEquals(new MarkdownFeatures(false, false), ConfigLoader.load(site, ConfigOverrides.none()).markdown());
        Files.writeString(site.resolve("site.yml"), "markdown:\n  math: true\n");
        assertEquals(new MarkdownFeatures(false, true), ConfigLoader.load(site, ConfigOverrides.none()).markdown());
        Files.writeString(site.resolve("site.yml"), "markdown:\n  math: true\n  mermaid: true\n");
        assertEquals(new MarkdownFeatures(true, true), ConfigLoader.load(site, ConfigOverrides.none()).markdown());
    }

    @Test
    void flagsWinOverSiteYml() throws IOException, ConfigException {
        Files.writeString(site.resolve("site.yml"), "content: docs\nbase_url: /a/\nstrict: false\n");
        SiteConfig c = ConfigLoader.load(site, new ConfigOverrides(null, null, null, Path.of("/tmp/o"), "docs", true,
                null, "feed.json"));
        assertEquals(site.resolve("docs"), c.contentDir());
        assertEquals("/docs/", c.baseUrl());
        assertTrue(c.strict());
        assertEquals(Path.of("/tmp/o"), c.outDir());
        assertEquals("feed.json", c.kpi().feed());
    }

    @Test
    void readsKpiAndLinkSections() throws IOException, ConfigException {
        Files.writeString(site.resolve("pages.txt"), "api/graphql\n");
        Files.writeString(site.resolve("site.yml"), """
                links:
                  platform: {base: "https://docs.example.com/platform", index: pages.txt}
                kpi:
                  feed: https://kpi.example.com/feed.json
                  max_age: 3d
                  on_feed_error: use-last-snapshot
                  max_bytes: 2MB
                """);
        SiteConfig c = ConfigLoader.load(site, ConfigOverrides.none());
        assertEquals("platform", c.linkBases().get(0).prefix());
        assertEquals("https://docs.example.com/platform/", c.linkBases().get(0).base());
        assertTrue(c.kpi().isUrl());
        assertEquals(Duration.ofDays(3), c.kpi().maxAge());
        assertEquals(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, c.kpi().onFeedError());
        assertEquals(2L * 1024 * 1024, c.kpi().maxBytes());
    }

    @Test
    void kpiChangeAndSummaryAreReadAndDefaultToFirstAndNone() throws IOException, ConfigException {
        assertEquals(KpiConfig.Change.FIRST, ConfigLoader.load(site, ConfigOverrides.none()).kpi().change());
        assertEquals(KpiConfig.Summary.NONE, ConfigLoader.load(site, ConfigOverrides.none()).kpi().summary());
        Files.writeString(site.resolve("site.yml"), "kpi: {change: both, summary: top}\n");
        SiteConfig c = ConfigLoader.load(site, ConfigOverrides.none());
        assertEquals(KpiConfig.Change.BOTH, c.kpi().change());
        assertEquals(KpiConfig.Summary.TOP, c.kpi().summary());
        Files.writeString(site.resolve("site.yml"), "kpi: {change: last}\n");
        assertEquals("site.yml: kpi.change: expected 'first' or 'previous' or 'both', got 'last'",
                assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none())).getMessage());
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Files.writeString(site.resolve("site.yml"), "title: ok\nkpi: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none()));
        assertEquals("site.yml:3: invalid YAML: expected ',' or ']', but got <stream end>", e.getMessage());
    }

    @Test
    void unknownKeysAndBadValuesAreRejectedWithTheKey() throws IOException {
        Files.writeString(site.resolve("site.yml"), "titel: typo\n");
        assertEquals("site.yml: titel: unknown key; known keys are allow_outside, base_url, content, edit_url, known_routes, kpi, last_update, links, markdown, out, params, report, static, strict, tagline, templates, title, url", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(site, ConfigOverrides.none())).getMessage());
        Files.writeString(site.resolve("site.yml"), "kpi: {max_age: soon}\n");
        assertEquals("site.yml: kpi.max_age: expected a duration such as 30s, 15m, 12h or 7d, got 'soon'", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(site, ConfigOverrides.none())).getMessage());
        Files.writeString(site.resolve("site.yml"), "base_url: https://x.com/docs\n");
        assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none()));
    }

    @Test
    void baseUrlIsNormalised() throws ConfigException {
        assertEquals("/docs/", ConfigLoader.normalizeBaseUrl("docs"));
        assertEquals("/docs/v2/", ConfigLoader.normalizeBaseUrl("/docs//v2"));
        assertThrows(ConfigException.class, () -> ConfigLoader.normalizeBaseUrl("/../etc"));
    }

    @Test
    void aSiteYmlSiteIsOneContentRootAtTheRootWithDocsiteLinkRules() throws ConfigException {
        SiteConfig c = ConfigLoader.load(site, ConfigOverrides.none());
        assertEquals(java.util.List.of(new ContentRoot(site.resolve("content"), "", "default", ContentRoot.Kind.DOCS)),
                c.contentRoots());
        assertEquals(java.util.List.of(site.resolve("static")), c.staticDirs());
        assertEquals(java.util.List.of(), c.layout().knownRoutes());
        assertEquals(LinkRules.DOCSITE, c.layout().linkRules());
    }

    @Test
    void staticMayListSeveralFoldersAndKnownRoutesNameRoutesBuiltElsewhere() throws IOException, ConfigException {
        Files.writeString(site.resolve("site.yml"), "static: [static, assets]\nknown_routes: [/blog/, showcase]\n");
        SiteConfig c = ConfigLoader.load(site, ConfigOverrides.none());
        assertEquals(java.util.List.of(site.resolve("static"), site.resolve("assets")), c.staticDirs());
        assertEquals(java.util.List.of("blog", "showcase"), c.layout().knownRoutes());
        assertTrue(c.layout().isKnownRoute("blog/2024/welcome"));
        assertTrue(c.layout().isKnownRoute("/showcase/"));
        assertEquals(false, c.layout().isKnownRoute("blogroll"));
    }

    @Test
    void theStaticFlagReplacesTheListedFolders() throws IOException, ConfigException {
        Files.writeString(site.resolve("site.yml"), "static: [static, assets]\n");
        SiteConfig c = ConfigLoader.load(site, new ConfigOverrides(null, site.resolve("public"), null, null, null,
                null, null, null));
        assertEquals(java.util.List.of(site.resolve("public")), c.staticDirs());
    }

    @Test
    void knownRoutesMustBeAListOfPaths() throws IOException {
        Files.writeString(site.resolve("site.yml"), "known_routes: {blog: yes}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none()));
        assertEquals("site.yml: known_routes: expected a value or a list of values", e.getMessage());
    }

    @Test
    void filesOfAContentRootBesideTheSiteFolderAreShownFromTheSiteFolder() {
        Path root = site.resolve("website");
        SiteLayout layout = new SiteLayout(java.util.List.of(new ContentRoot(site.resolve("docs"), "/docs/", "default",
                ContentRoot.Kind.DOCS)), java.util.List.of(root.resolve("static")), java.util.List.of(),
                LinkRules.DOCUSAURUS);
        SiteConfig c = SiteConfig.builder().siteRoot(root).title("T").layout(layout)
                .templatesDir(root.resolve("templates")).outDir(root.resolve("build")).build();
        assertEquals("docs", c.contentRoots().get(0).routeBasePath());
        assertEquals("../docs/intro.md", c.display(site.resolve("docs/intro.md")));
        assertTrue(c.readable(site.resolve("docs/img/a.png")));
        assertEquals(false, c.readable(site.resolve("secret.txt")));
        assertEquals(site.resolve("other.md").toString(), c.display(site.resolve("other.md")));
    }
}
