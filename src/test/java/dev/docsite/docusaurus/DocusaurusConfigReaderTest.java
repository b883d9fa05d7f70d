package dev.docsite.docusaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docsite.js.OpaqueValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each expectation is a Docusaurus default or rule (docusaurus.io/docs/api/docusaurus-config, plugin docs). */
class DocusaurusConfigReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/docusaurus").toAbsolutePath();

    private static DocusaurusSite read(String site) throws DocusaurusConfigException {
        return DocusaurusConfigReader.read(FIXTURES.resolve(site), Map.of("DOCSITE_TEST_URL", "https://env.example.com"));
    }

    @Test
    void commonJsObjectConfigWithEveryThemePart() throws Exception {
        Path site = FIXTURES.resolve("cjs-object");
        try (DocusaurusSite config = read("cjs-object")) {
            assertEquals(site.resolve("docusaurus.config.js"), config.configFile());
            assertEquals("My Site", config.title());
            assertEquals("Dinosaurs are cool", config.tagline());
            assertEquals("https://your-docusaurus-site.example.com", config.url());
            assertEquals("/docs-site/", config.baseUrl());
            assertEquals(Optional.of(false), config.trailingSlash());
            assertEquals(Optional.of("img/favicon.ico"), config.favicon());
            assertEquals(new BrokenLinkPolicy(ReportingSeverity.WARN, ReportingSeverity.THROW, ReportingSeverity.IGNORE,
                    ReportingSeverity.LOG), config.brokenLinks());
            assertEquals(List.of("static", "public"), config.staticDirectories());
            assertEquals(new MarkdownOptions("detect", true, false), config.markdown());

            ThemeConfig theme = config.theme();
            assertEquals(new ColorMode("dark", false, true), theme.colorMode());
            assertEquals(Optional.of("img/docusaurus-social-card.jpg"), theme.image());
            assertEquals(Optional.of("My Site"), theme.navbar().title());
            assertEquals(Optional.of(new Logo("img/logo.svg", Optional.of("img/logo-dark.svg"), Optional.of("My Site Logo"),
                    Optional.empty())), theme.navbar().logo());
            List<NavbarItem> items = theme.navbar().items();
            assertEquals(List.of("docSidebar", "doc", "default", "dropdown", "html", "search", "default"),
                    items.stream().map(NavbarItem::type).toList());
            assertEquals(List.of("left", "left", "left", "right", "right", "right", "right"),
                    items.stream().map(NavbarItem::position).toList());
            assertEquals(Optional.of("tutorialSidebar"), items.get(0).sidebarId());
            assertEquals(Optional.of("Tutorial"), items.get(0).label());
            assertEquals(Optional.of("intro"), items.get(1).docId());
            assertEquals(Optional.of("/blog"), items.get(2).to());
            assertEquals(List.of(Optional.of("https://stackoverflow.com/questions/tagged/docusaurus"), Optional.empty()),
                    items.get(3).items().stream().map(NavbarItem::href).toList());
            assertEquals(List.of("default", "doc"), items.get(3).items().stream().map(NavbarItem::type).toList());
            assertEquals(Optional.of("<button>Give feedback</button>"), items.get(4).html());
            assertEquals(Optional.of("https://github.com/facebook/docusaurus"), items.get(6).href());

            assertEquals(Optional.of(new Footer("dark", List.of(
                    new FooterColumn(Optional.of("Docs"), List.of(new FooterLink(Optional.of("Tutorial"), Optional.of("/docs/intro"),
                            Optional.empty(), Optional.empty()))),
                    new FooterColumn(Optional.of("More"), List.of(
                            new FooterLink(Optional.of("GitHub"), Optional.empty(), Optional.of("https://github.com/facebook/docusaurus"),
                                    Optional.empty()),
                            new FooterLink(Optional.empty(), Optional.empty(), Optional.empty(),
                                    Optional.of("<a href=\"https://www.netlify.com\">Deploys by Netlify</a>"))))),
                    Optional.of("Copyright © 2026 My Project, Inc. Built with Docusaurus."), Optional.empty())), theme.footer());

            DocsInstance docs = config.plugins().docs().get(0);
            assertEquals(1, config.plugins().docs().size());
            assertEquals("default", docs.id());
            assertEquals(site.resolve("docs"), docs.path());
            assertEquals("docs", docs.routeBasePath());
            assertEquals(new SidebarPath.File(site.resolve("sidebars.js")), docs.sidebarPath());
            assertEquals(Optional.of("https://github.com/facebook/docusaurus/tree/main/packages/create-docusaurus/templates/shared/docs/intro.md"),
                    docs.editUrl().orElseThrow().forDoc("intro.md", "docs", "/docs-site/docs/intro"));
            assertEquals(DocsInstance.DEFAULT_INCLUDE, docs.include());
            assertEquals(DocsInstance.DEFAULT_EXCLUDE, docs.exclude());
            assertEquals(true, docs.showLastUpdateTime());
            assertEquals(false, docs.showLastUpdateAuthor());
            assertEquals(List.of(), written(config.plugins().blogs()));
            assertEquals(List.of(new PagesInstance("default", site.resolve("src/pages"), "/", Map.of())), config.plugins().pages());

            assertEquals(List.of(new PluginReference("plugin", "@docusaurus/plugin-google-gtag"),
                    new PluginReference("plugin", "@docusaurus/plugin-ideal-image"),
                    new PluginReference("plugin", "./src/plugins/analytics"),
                    new PluginReference("plugin", "function myInlinePlugin")), config.unknownPlugins());
            assertEquals(List.of("prism-react-renderer"), config.missingModules());
            Map<?, ?> prism = (Map<?, ?>) ((Map<?, ?>) config.raw().get("themeConfig")).get("prism");
            assertEquals(new OpaqueValue("prism-react-renderer.themes.dracula"), prism.get("darkTheme"));
        }
    }

    @Test
    void docsOutsideTheSiteFolder() throws Exception {
        Path website = FIXTURES.resolve("outside-docs/website");
        try (DocusaurusSite config = read("outside-docs/website")) {
            DocsInstance docs = config.plugins().docs().get(0);
            assertEquals(FIXTURES.resolve("outside-docs/docs"), docs.path());
            assertEquals("../docs", docs.pathOption());
            assertEquals(new SidebarPath.File(website.resolve("sidebars.js")), docs.sidebarPath());
            assertEquals(Optional.of("https://github.com/example/beside/edit/main/website/../docs/guides/install.md"),
                    docs.editUrl().orElseThrow().forDoc("guides/install.md", "../docs", "/docs/guides/install"));
            assertEquals(List.of(new BlogInstance("default", website.resolve("blog"), "blog", Map.of(), null)), written(config.plugins().blogs()));
            assertEquals(List.of(), config.plugins().pages());
            assertEquals(List.of(), config.unknownPlugins());
            assertEquals(new BrokenLinkPolicy(ReportingSeverity.THROW, ReportingSeverity.WARN, ReportingSeverity.WARN,
                    ReportingSeverity.THROW), config.brokenLinks());
            assertEquals(List.of("static"), config.staticDirectories());
            assertEquals(new MarkdownOptions("mdx", false, false), config.markdown());
            assertEquals(new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                    new ColorMode("light", false, false), Optional.empty()), config.theme());
        }
    }

    @Test
    void asyncFunctionConfigWithDocsAtTheRootAndAnEditUrlFunction() throws Exception {
        Path site = FIXTURES.resolve("async-function");
        try (DocusaurusSite config = read("async-function")) {
            assertEquals("Docs-only site v2.1", config.title());
            assertEquals("https://env.example.com", config.url());
            assertEquals("", config.tagline());
            assertEquals(Optional.empty(), config.trailingSlash());
            assertEquals(ReportingSeverity.LOG, config.brokenLinks().onBrokenMarkdownLinks());
            assertEquals(Optional.of("async-function"), config.theme().navbar().title());
            DocsInstance docs = config.plugins().docs().get(0);
            assertEquals("/", docs.routeBasePath());
            assertEquals(new SidebarPath.Disabled(), docs.sidebarPath());
            assertEquals(List.of("**/*.md"), docs.include());
            assertEquals(List.of("**/drafts/**"), docs.exclude());
            assertEquals(true, docs.showLastUpdateAuthor());
            EditUrl editUrl = docs.editUrl().orElseThrow();
            assertInstanceOf(EditUrl.Computed.class, editUrl);
            assertEquals(Optional.of("https://github.com/example/site/edit/main/docs/index.md?lang=en"),
                    editUrl.forDoc("index.md", "docs", "/"));
            assertEquals(List.of(new BlogInstance("default", site.resolve("news"), "updates",
                    Map.of("path", "news", "routeBasePath", "updates"), null)), written(config.plugins().blogs()));
        }
    }

    @Test
    void esModuleConfigWithSeveralDocsAndBlogInstances() throws Exception {
        Path site = FIXTURES.resolve("esm");
        try (DocusaurusSite config = read("esm")) {
            assertEquals(site.resolve("docusaurus.config.mjs"), config.configFile());
            assertEquals("/multi/", config.baseUrl());
            List<DocsInstance> docs = config.plugins().docs();
            assertEquals(List.of("default", "community"), docs.stream().map(DocsInstance::id).toList());
            assertEquals(List.of(site.resolve("docs"), site.resolve("community")), docs.stream().map(DocsInstance::path).toList());
            assertEquals(List.of("docs", "community"), docs.stream().map(DocsInstance::routeBasePath).toList());
            assertEquals(List.of(new SidebarPath.File(site.resolve("sidebars.json")), new SidebarPath.File(site.resolve("sidebarsCommunity.js"))),
                    docs.stream().map(DocsInstance::sidebarPath).toList());
            assertEquals(List.of(new OpaqueValue("remark-math")), docs.get(0).options().get("remarkPlugins"));
            assertEquals(new MarkdownOptions("mdx", false, true), config.markdown());
            assertEquals(List.of(new BlogInstance("releases", site.resolve("releases"), "releases",
                    Map.of("id", "releases", "path", "releases", "routeBasePath", "releases"), null)), written(config.plugins().blogs()));
            assertEquals(List.of(new PagesInstance("default", site.resolve("src/pages"), "/", Map.of("path", "src/pages"))),
                    config.plugins().pages());
            assertEquals(Optional.of(new Footer("light", List.of(new FooterColumn(Optional.empty(), List.of(
                    new FooterLink(Optional.of("Home"), Optional.of("/"), Optional.empty(), Optional.empty()),
                    new FooterLink(Optional.of("Source"), Optional.empty(), Optional.of("https://example.com/src"), Optional.empty())))),
                    Optional.of("Multi authors"), Optional.of(new Logo("img/footer.png", Optional.empty(), Optional.of("Multi"),
                            Optional.of("https://example.com"))))), config.theme().footer());
            assertEquals(List.of("prism-react-renderer", "remark-math"), config.missingModules());
        }
    }

    @Test
    void typeScriptConfigWithTypeImportsAndSatisfies() throws Exception {
        Path site = FIXTURES.resolve("typescript");
        try (DocusaurusSite config = read("typescript")) {
            assertEquals(site.resolve("docusaurus.config.ts"), config.configFile());
            assertEquals("Typed site", config.title());
            assertEquals("Written in TypeScript", config.tagline());
            DocsInstance docs = config.plugins().docs().get(0);
            assertEquals(new SidebarPath.File(site.resolve("sidebars.ts")), docs.sidebarPath());
            assertEquals(new EditUrl.Base("https://github.com/example/typed/tree/main/"), docs.editUrl().orElseThrow());
            assertEquals(List.of(new BlogInstance("default", site.resolve("blog"), "blog", Map.of("showReadingTime", true), null)),
                    written(config.plugins().blogs()));
            assertEquals(List.of(NavbarItem.builder().type("docSidebar").label(Optional.of("Tutorial"))
                    .sidebarId(Optional.of("tutorialSidebar"))
                    .options(Map.of("type", "docSidebar", "sidebarId", "tutorialSidebar", "position", "left", "label",
                            "Tutorial")).build()),
                    config.theme().navbar().items());
            assertEquals(List.of("prism-react-renderer"), config.missingModules());
        }
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        Path file = FIXTURES.resolve("syntax-error/docusaurus.config.js");
        DocusaurusConfigException error = assertThrows(DocusaurusConfigException.class, () -> read("syntax-error"));
        assertEquals(file + ":5:3: SyntaxError: Expected comma but found ident", error.getMessage());
        assertEquals(file, error.file());
        assertEquals(5, error.line());
        assertEquals(3, error.column());
    }

    @Test
    void readingAFileOutsideTheSiteFolderIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // Copied out of the checkout: inside a git repository, the repository would be the site's root.
        dev.docsite.testing.TreeCopy.copy(FIXTURES.resolve("reads-outside"), dir.resolve("reads-outside"));
        dev.docsite.testing.TreeCopy.copy(FIXTURES.resolve("outside-docs"), dir.resolve("outside-docs"));
        Path real = dir.toRealPath();
        Path file = dir.resolve("reads-outside/docusaurus.config.js");
        DocusaurusConfigException error = assertThrows(DocusaurusConfigException.class,
                () -> DocusaurusConfigReader.read(dir.resolve("reads-outside"), Map.of()));
        assertEquals(file + ":5:10: Error: reading " + real.resolve("outside-docs/docs/intro.md")
                + " is not allowed: it is outside the folders the site may read (" + real.resolve("reads-outside") + ")",
                error.getMessage());
    }

    @Test
    void aFileOfTheSitesRepositoryMayBeRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        dev.docsite.testing.TreeCopy.copy(FIXTURES.resolve("reads-outside"), dir.resolve("reads-outside"));
        dev.docsite.testing.TreeCopy.copy(FIXTURES.resolve("outside-docs"), dir.resolve("outside-docs"));
        java.nio.file.Files.createDirectory(dir.resolve(".git"));
        try (DocusaurusSite site = DocusaurusConfigReader.read(dir.resolve("reads-outside"), Map.of())) {
            assertEquals(DocusaurusRoot.of(dir.resolve("reads-outside")), dir.toAbsolutePath().normalize());
            assertEquals(java.nio.file.Files.readString(dir.resolve("outside-docs/docs/intro.md")), site.title());
        }
    }

    @Test
    void aFolderWithoutConfigurationIsAnError() {
        DocusaurusConfigException error = assertThrows(DocusaurusConfigException.class, () -> read("sidebars"));
        assertEquals(FIXTURES.resolve("sidebars") + ": no docusaurus.config.js (or .mjs, .cjs, .ts) in this folder", error.getMessage());
    }

    /** The blog instances as written in the configuration, without the typed options (BlogOptionsReaderTest's). */
    private static List<BlogInstance> written(List<BlogInstance> blogs) {
        return blogs.stream().map(b -> new BlogInstance(b.id(), b.path(), b.routeBasePath(), b.options(), null)).toList();
    }
}
