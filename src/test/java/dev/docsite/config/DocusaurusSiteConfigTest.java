package dev.docsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.docusaurus.SidebarPath;
import dev.docsite.testing.TreeCopy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docusaurus.config.*} mapped onto {@link SiteConfig}, on the {@code docs-beside} fixture (a CommonJS object
 * with {@code path: '../docs'}): each expectation follows a Docusaurus default or option.
 */
class DocusaurusSiteConfigTest {

    @TempDir
    static Path dir;

    private static Path site;
    private static SiteConfig config;

    @BeforeAll
    static void read() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/docs-beside"), dir);
        java.nio.file.Files.createDirectories(dir.resolve(".git")); // a repository: the site root, holding ../docs
        site = dir.resolve("website").toAbsolutePath().normalize();
        config = ConfigSource.load(site, ConfigOverrides.none());
    }

    @Test
    void siteIdentityComesFromTheConfiguration() {
        assertEquals("Beside", config.title());
        assertEquals("Docs next to the website", config.tagline());
        assertEquals("https://beside.example.com", config.url());
        assertEquals("/", config.baseUrl());
        assertNull(config.editUrl(), "the edit URL is the docs plugin's, per content root");
    }

    @Test
    void docsAndMarkdownPagesAreContentRoots() {
        List<ContentRoot> roots = config.contentRoots();
        assertEquals(3, roots.size());
        ContentRoot docs = roots.get(0);
        assertEquals(dir.resolve("docs").toAbsolutePath().normalize(), docs.dir());
        assertEquals("docs", docs.routeBasePath(), "routeBasePath defaults to 'docs'");
        assertEquals("default", docs.pluginId());
        assertEquals(ContentRoot.Kind.DOCS, docs.kind());
        assertEquals(new SidebarPath.File(site.resolve("sidebars.js")), docs.sidebar());
        ContentRoot pages = roots.get(1);
        assertEquals(site.resolve("src/pages"), pages.dir());
        assertEquals("", pages.routeBasePath(), "the pages plugin's routeBasePath defaults to '/'");
        assertEquals(ContentRoot.Kind.PAGES, pages.kind());
        ContentRoot blog = roots.get(2);
        assertEquals(site.resolve("blog"), blog.dir(), "the preset's blog, at its default path");
        assertEquals("blog", blog.routeBasePath());
        assertEquals(ContentRoot.Kind.BLOG, blog.kind());
    }

    @Test
    void reactPageRoutesAreKnownAndStaticDirectoriesDefaultToStatic() {
        assertEquals(List.of(""), config.layout().knownRoutes(), "the blog is built: its routes are no known routes");
        assertEquals(List.of(site.resolve("static")), config.staticDirs());
        assertEquals(LinkRules.DOCUSAURUS, config.layout().linkRules());
    }

    @Test
    void brokenLinkOptionsBecomeSeverities() {
        // onBrokenLinks 'warn', markdown.hooks.onBrokenMarkdownLinks 'throw', onBrokenAnchors 'ignore',
        // onBrokenMarkdownImages default 'throw'
        assertEquals(new LinkSeverities(LinkSeverities.Level.WARNING, LinkSeverities.Level.ERROR,
                LinkSeverities.Level.IGNORE, LinkSeverities.Level.ERROR, true), config.layout().severities());
    }

    @Test
    void docsiteKeysKeepTheirDefaults() {
        assertEquals(site.resolve("site-output"), config.outDir(), "not Docusaurus's build/, which docsite did not write");
        assertEquals(site.resolve("templates"), config.templatesDir());
        assertEquals(List.of(), config.linkBases());
    }

    @Test
    void reactPageRoutesFollowThePagesPlugin() {
        assertEquals("", ReactPages.route("index.tsx"));
        assertEquals("showcase", ReactPages.route("showcase/index.js"));
        assertEquals("community/support", ReactPages.route("community/support.jsx"));
        assertNull(ReactPages.route("_partial.tsx"));
        assertNull(ReactPages.route("_components/Card.tsx"));
        assertNull(ReactPages.route("home.test.tsx"));
        assertNull(ReactPages.route("__tests__/home.ts"));
        assertNull(ReactPages.route("styles.module.css"));
        assertNull(ReactPages.route("help.md"), "Markdown pages are content, not React pages");
    }
}
