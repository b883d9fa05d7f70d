package dev.docsite.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ContentRoot;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.config.SiteLayout;
import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import dev.docsite.site.SiteModel;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sidebars files bound to the pages of {@code src/test/resources/docusaurus-sidebars}, each expectation as Docusaurus
 * documents it (https://docusaurus.io/docs/sidebar/items) and its {@code postProcessor.ts} does it.
 */
class SidebarBinderTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void copyFixture() {
        site = SidebarFixture.copy(dir);
    }

    @Test
    void aCommonJsSidebarsFileBindsEveryItemType() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars.js"));
        // 'guides/secret' is a draft: left out without a problem; the empty 'Deploying' category becomes a link to
        // its doc, the empty 'Nothing yet' generated index is dropped (postProcessor.ts).
        assertEquals("""
                tutorialSidebar
                  doc intro → /docs/intro/
                  category "Getting started" → index /docs/category/getting-started/ collapsed
                    doc getting-started/install → /docs/getting-started/install/
                    doc getting-started/configure "Configure it" → /docs/getting-started/configure/
                  category "Guides" → doc /docs/guides/overview/ .guides-category {badge=new}
                    doc guides/write → /docs/guides/write/
                    ref api/client "Client (API)" → /docs/api/client/
                  link "Changelog" → /releases
                  link "GitHub" → https://github.com/example/project .external
                  html <hr class="sidebar-rule"> defaultStyle
                  category "Reference" fixed
                    doc reference/cli → /docs/reference/cli/
                    doc reference/config → /docs/reference/config/
                    category "File formats" → index /docs/formats/ collapsed
                      doc reference/formats/json → /docs/reference/formats/json/
                      doc reference/formats/yaml → /docs/reference/formats/yaml/
                  doc guides/deploy "Deploying" → /docs/guides/deploy/
                apiSidebar
                  category "API" collapsed
                    doc api/client → /docs/api/client/
                    doc api/server → /docs/api/server/
                """, SidebarFixture.dump(model.navigation().sidebars()));
        assertEquals(List.of(), model.problems().stream().map(Problem::format).toList());
    }

    @Test
    void theRoutesAreTheDocsAndTheGeneratedIndexes() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars.js"));
        assertEquals(List.of("docs/api/client/", "docs/api/server/", "docs/category/getting-started/",
                        "docs/formats/", "docs/getting-started/configure/", "docs/getting-started/install/",
                        "docs/guides/deploy/", "docs/guides/overview/", "docs/guides/write/", "docs/intro/",
                        "docs/orphan/", "docs/reference/cli/", "docs/reference/config/",
                        "docs/reference/formats/json/", "docs/reference/formats/yaml/"),
                routes(model));
    }

    @Test
    void aPageIsShownWithTheFirstSidebarListingItAsADocAndAPageInNoneWithout() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars.js"));
        Navigation nav = model.navigation();
        // The 'ref' item of tutorialSidebar does not count: the page belongs to apiSidebar.
        assertEquals("apiSidebar", nav.sidebarOf(page(model, "docs/api/client/")).name());
        assertEquals("tutorialSidebar", nav.sidebarOf(page(model, "docs/guides/deploy/")).name());
        Page orphan = page(model, "docs/orphan/");
        assertNull(nav.sidebarOf(orphan));
        assertEquals(List.of(), nav.sidebar(orphan));
        assertEquals("intro", nav.firstDoc("tutorialSidebar").docId());
        assertEquals("api/client", nav.firstDoc("apiSidebar").docId());
        assertNull(nav.firstDoc("noSuchSidebar"));
    }

    @Test
    void aTypeScriptSidebarWithTypeImportsAutogeneratesTheWholeDocsFolder() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars.ts"));
        assertEquals("""
                docs
                  category "Getting started" → index /docs/category/getting-started/ "Start here" collapsed
                    doc getting-started/install → /docs/getting-started/install/
                    doc getting-started/configure → /docs/getting-started/configure/
                  category "Guides" → doc /docs/guides/overview/ collapsed
                    doc guides/write → /docs/guides/write/
                    doc guides/deploy "Deploy" → /docs/guides/deploy/
                  category "api" collapsed
                    doc api/client → /docs/api/client/
                    doc api/server → /docs/api/server/
                  doc intro → /docs/intro/
                  doc orphan → /docs/orphan/
                  category "reference" collapsed
                    doc reference/cli → /docs/reference/cli/
                    doc reference/config → /docs/reference/config/
                    category "File formats" → index /docs/formats/ collapsed
                      doc reference/formats/json → /docs/reference/formats/json/
                      doc reference/formats/yaml → /docs/reference/formats/yaml/
                """, SidebarFixture.dump(model.navigation().sidebars()));
    }

    @Test
    void aJsonSidebarsFileMayUseTheShorthandForm() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars.json"));
        assertEquals("""
                main
                  category "Basics" collapsed
                    doc intro → /docs/intro/
                    doc guides/write → /docs/guides/write/
                  category "More" collapsed
                    link "Docusaurus" → https://docusaurus.io
                    doc guides/deploy → /docs/guides/deploy/
                second
                  doc api/server → /docs/api/server/
                """, SidebarFixture.dump(model.navigation().sidebars()));
        assertEquals(List.of(), model.navigation().generatedIndexes().stream().map(c -> c.label()).toList(),
                "sidebars.json declares no generated index");
    }

    @Test
    void eachDocsPluginInstanceHasItsOwnSidebarsIdsAndGeneratedIndexes() {
        // A second docs plugin {id: 'community', path: 'community', routeBasePath: 'community'} without sidebarPath:
        // Docusaurus gives it one autogenerated sidebar, 'defaultSidebar'.
        SiteConfig config = SidebarFixture.config(site, "sidebars.json");
        SiteLayout layout = new SiteLayout(List.of(config.contentRoots().get(0),
                new ContentRoot(site.resolve("community"), "community", "community", ContentRoot.Kind.DOCS)),
                config.staticDirs(), List.of(), LinkRules.DOCUSAURUS);
        SiteModel model = SidebarFixture.load(SiteConfig.builder().siteRoot(site).title("Fixture")
                .layout(layout).templatesDir(config.templatesDir()).outDir(config.outDir()).build());
        assertEquals("""
                main
                  category "Basics" collapsed
                    doc intro → /docs/intro/
                    doc guides/write → /docs/guides/write/
                  category "More" collapsed
                    link "Docusaurus" → https://docusaurus.io
                    doc guides/deploy → /docs/guides/deploy/
                second
                  doc api/server → /docs/api/server/
                community/defaultSidebar
                  doc support → /community/support/
                  category "Events" → index /community/category/events/ collapsed
                    doc events/meetups → /community/events/meetups/
                """, SidebarFixture.dump(model.navigation().sidebars()));
        assertEquals("support", model.navigation().firstDoc("community/defaultSidebar").docId());
    }

    @Test
    void anUnknownDocIdIsAnErrorAtItsLineNamingTheClosestIds() {
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars-unknown.json"));
        // Without the generated indexes of sidebars.js, intro.md's links to them are broken; and without its
        // 'Guides' category, guides/overview.md's <DocCardList /> has no category to show.
        assertEquals(List.of("docs/guides/overview.md:6:1: warning: <DocCardList /> shows the items of the sidebar"
                        + " category the doc is in, and this doc is in none, so no cards are shown (Docusaurus's build"
                        + " fails here); put the doc in a category of a sidebar, or remove the component [doc-card-list]",
                "docs/intro.md:5:21: warning: no page matches '/docs/category/getting-started'"
                        + " [broken-link]",
                "docs/intro.md:6:1: warning: no page matches '/docs/formats' [broken-link]",
                "sidebars-unknown.json:4: error: sidebar 'main' names the doc id 'guides/writting',"
                        + " which no doc of docs has; closest existing ids: 'guides/write' [sidebar]"),
                model.problems().stream().map(Problem::format).toList());
        assertEquals("""
                main
                  doc intro → /docs/intro/
                """, SidebarFixture.dump(model.navigation().sidebars()));
    }

    @Test
    void aCategoryBuiltFromAnNpmPackageIsAWarningNamingThePackageAndTheRestIsBuilt() throws Exception {
        // As typescript-eslint's sidebar.rules.js: the rules come from a package docsite does not install.
        java.nio.file.Files.writeString(site.resolve("rules-list.js"), String.join("\n",
                "// the package's rules, as the site's sidebar lists them",
                "const plugin = require('@example/eslint-plugin');",
                "module.exports = Object.keys(plugin.rules).map(name => ({type: 'doc', id: 'rules/' + name}));"));
        java.nio.file.Files.writeString(site.resolve("sidebars-npm.js"), String.join("\n",
                "const rules = require('./rules-list');",
                "module.exports = {",
                "  main: ['intro', {type: 'category', label: 'Rules', items: rules}, 'guides/write'],",
                "};"));
        SiteModel model = SidebarFixture.load(SidebarFixture.config(site, "sidebars-npm.js"));
        assertEquals(List.of("rules-list.js:2: warning: the sidebars file requires the npm package"
                        + " '@example/eslint-plugin', which docsite does not install, so the items built from it are"
                        + " missing (left out, as empty: sidebar 'main' › category 'Rules'); the rest of the sidebar"
                        + " is built. Write those items into the sidebars file to have them [sidebar]"),
                model.problems().stream().map(Problem::format).filter(p -> p.endsWith("[sidebar]")).toList());
        assertEquals("""
                main
                  doc intro → /docs/intro/
                  doc guides/write → /docs/guides/write/
                """, SidebarFixture.dump(model.navigation().sidebars()));
    }

    @Test
    void aSidebarsFileThatDoesNotEvaluateIsAConfigurationError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> DeclaredSidebars.read(SidebarFixture.config(site, "sidebars-broken.js")));
        assertEquals("sidebars-broken.js:5:3: SyntaxError: Expected comma but found ident", e.getMessage());
    }

    private static Page page(SiteModel model, String url) {
        return model.index().byUrl(url);
    }

    private static List<String> routes(SiteModel model) {
        return Stream.concat(model.index().pages().stream().map(Page::url),
                model.navigation().generatedIndexes().stream().map(c -> c.linkUrl())).sorted().toList();
    }
}
