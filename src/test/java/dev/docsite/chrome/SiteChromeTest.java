package dev.docsite.chrome;

import static dev.docsite.chrome.ThemedSite.doc;
import static dev.docsite.chrome.ThemedSite.docSidebar;
import static dev.docsite.chrome.ThemedSite.dropdown;
import static dev.docsite.chrome.ThemedSite.href;
import static dev.docsite.chrome.ThemedSite.html;
import static dev.docsite.chrome.ThemedSite.to;
import static dev.docsite.chrome.ThemedSite.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.Footer;
import dev.docsite.docusaurus.FooterColumn;
import dev.docsite.docusaurus.FooterLink;
import dev.docsite.docusaurus.Logo;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.NavbarItem;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.Sidebar;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.Sidebars;
import dev.docsite.problem.Problem;
import dev.docsite.site.SiteModel;
import dev.docsite.templates.ColorModeView;
import dev.docsite.templates.FooterView;
import dev.docsite.templates.FooterView.FooterColumnView;
import dev.docsite.templates.FooterView.FooterLinkView;
import dev.docsite.templates.LogoView;
import dev.docsite.templates.NavbarItemView;
import dev.docsite.templates.NavbarItemView.Kind;
import dev.docsite.templates.NavbarView;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The navbar and footer of {@code themeConfig} seen from a page, as Docusaurus's classic theme shows them: item types,
 * positions, the active item, URLs relative to the page, external links, and the checks of their targets.
 */
class SiteChromeTest {

    @TempDir
    Path dir;

    private SiteConfig base;
    private SiteIndex index;
    private Navigation navigation;

    @BeforeEach
    void site() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("intro.md", "title: Introduction", "Text.\n");
        site.page("guides/setup.md", "title: Setup", "Text.\n");
        site.page("guides/deep/nested.md", "title: Nested", "Text.\n");
        site.page("api/ref.md", "title: Reference", "Text.\n");
        site.page("lonely.md", "title: Lonely", "Text.\n");
        site.file("static/img/logo.svg", "<svg/>");
        site.file("static/img/logo-dark.svg", "<svg/>");
        site.file("static/files/guide.pdf", "%PDF");
        SiteModel model = site.load();
        base = model.config();
        index = model.index();
        navigation = new Navigation(Sidebars.of(
                new Sidebar("guides", List.of(DocItem.of(page("intro/")), DocItem.of(page("guides/setup/")),
                        DocItem.of(page("guides/deep/nested/")))),
                new Sidebar("api", List.of(DocItem.of(page("api/ref/"))))), index);
    }

    private Page page(String url) {
        return index.byUrl(url);
    }

    private SiteChrome chrome(List<NavbarItem> items) {
        return chrome(new ThemeConfig(new Navbar(Optional.of("Docs"), Optional.empty(), items), Optional.empty(),
                new ColorMode("light", false, false), Optional.empty()));
    }

    private SiteChrome chrome(ThemeConfig theme) {
        return SiteChrome.of(ThemedSite.with(base, "/site/", null, theme), index, navigation);
    }

    private static NavbarItemView link(String label, String href, boolean active) {
        return new NavbarItemView(Kind.LINK, label, href, false, active, null, null, List.of());
    }

    @Test
    void itemsOfEveryTypeGoLeftOrRightWithUrlsRelativeToANestedPage() {
        SiteChrome chrome = chrome(List.of(
                to("Guides", "/guides/setup", "left"),
                doc("intro", Optional.empty(), "left"),
                docSidebar("api", Optional.empty(), "left"),
                dropdown("More", "right", to("PDF", "/site/files/guide.pdf", "left"),
                        href("Forum", "https://forum.example.com", "left")),
                html("<button class=\"feedback\">Feedback</button>", "right"),
                typed("search", "right"),
                href("GitHub", "https://github.com/example/docs", "right")));
        NavbarView navbar = chrome.navbar(page("guides/deep/nested/"), "../../../");

        assertEquals(new NavbarView("Docs", null, "../../../", List.of(
                link("Guides", "../../../guides/setup/", false),
                link("intro", "../../../intro/", true),
                link("Reference", "../../../api/ref/", false)), List.of(
                new NavbarItemView(Kind.DROPDOWN, "More", null, false, false, null, null, List.of(
                        link("PDF", "../../../files/guide.pdf", false),
                        new NavbarItemView(Kind.LINK, "Forum", "https://forum.example.com", true, false, null, null,
                                List.of()))),
                new NavbarItemView(Kind.HTML, null, null, false, false, "<button class=\"feedback\">Feedback</button>",
                        null, List.of()),
                new NavbarItemView(Kind.SEARCH, null, null, false, false, null, null, List.of()),
                new NavbarItemView(Kind.LINK, "GitHub", "https://github.com/example/docs", true, false, null, null,
                        List.of())), true), navbar);
        assertEquals(List.of(), chrome.problems());
    }

    @Test
    void aLinkIsActiveOnPagesUnderItsTargetOnly() {
        SiteChrome chrome = chrome(List.of(to("Guides", "guides", "left"), to("Home", "/", "left")));
        assertEquals(List.of(true, false), actives(chrome, "guides/deep/nested/"));
        assertEquals(List.of(true, false), actives(chrome, "guides/setup/"));
        assertEquals(List.of(false, false), actives(chrome, "intro/"));
        assertEquals(List.of(false, true), actives(chrome, ""), "the home page holds only itself");
    }

    @Test
    void docItemsAreActiveOnTheirSidebarAndDocSidebarItemsOnTheirs() {
        SiteChrome chrome = chrome(List.of(doc("intro", Optional.of("Guide"), "left"),
                docSidebar("api", Optional.of("API"), "left")));
        assertEquals(List.of(true, false), actives(chrome, "intro/"));
        assertEquals(List.of(true, false), actives(chrome, "guides/setup/"), "a page of the doc's sidebar");
        assertEquals(List.of(false, true), actives(chrome, "api/ref/"));
        assertEquals(List.of(false, false), actives(chrome, "lonely/"), "a page in no sidebar");
        assertEquals(List.of(false, false),
                chrome.navbar(null, "/site/").left().stream().map(NavbarItemView::active).toList(), "the 404 page");
    }

    @Test
    void aDropdownIsActiveWhenOneOfItsItemsIs() {
        SiteChrome chrome = chrome(List.of(dropdown("Docs", "left", to("Setup", "/guides/setup", "left"),
                to("API", "/api/ref", "left"))));
        NavbarItemView view = chrome.navbar(page("api/ref/"), "../../").left().get(0);
        assertEquals(true, view.active());
        assertEquals(List.of(false, true), view.items().stream().map(NavbarItemView::active).toList());
    }

    @Test
    void activeBasePathWidensTheActiveArea() {
        SiteChrome chrome = chrome(List.of(ThemedSite.item("default", "Guides", "left", Optional.of("/guides/setup"),
                Optional.empty(), Map.of("activeBasePath", "guides"))));
        assertEquals(List.of(true), actives(chrome, "guides/deep/nested/"));
        assertEquals(List.of(false), actives(chrome, "intro/"));
    }

    @Test
    void labelsAndClassNamesAreKeptAsConfiguredForTheTemplateToEscape() {
        SiteChrome chrome = chrome(List.of(ThemedSite.item("default", "<b>Tips & \"tricks\"</b>", "left",
                Optional.of("/intro"), Optional.empty(), Map.of("className", "tips"))));
        NavbarItemView view = chrome.navbar(page(""), "./").left().get(0);
        assertEquals("<b>Tips & \"tricks\"</b>", view.label());
        assertEquals("tips", view.className());
        assertEquals("./intro/", view.href());
    }

    @Test
    void brokenTargetsUnknownDocsAndUnsupportedItemsAreReportedAndLeftOut() {
        SiteChrome chrome = chrome(List.of(to("Old", "/old-page", "left"), doc("missing", Optional.empty(), "left"),
                docSidebar("nope", Optional.empty(), "left"), typed("localeDropdown", "right"),
                typed("docsVersionDropdown", "right"), to("Blog", "/blog", "left")));
        assertEquals(List.of("Old", "Blog"),
                chrome.navbar(page(""), "./").left().stream().map(NavbarItemView::label).toList());
        assertEquals(List.of(), chrome.navbar(page(""), "./").right());
        assertEquals(List.of(
                "warning: no page matches '/old-page' (navbar item 'Old'); a 'to' is a path of the site from its base "
                        + "URL, such as '/docs/intro' [broken-link]",
                "warning: the navbar item of type 'doc' names doc id 'missing', which no page of the docs plugin "
                        + "'default' has [broken-link]",
                "warning: the navbar item of type 'docSidebar' names sidebar 'nope', which the site does not have "
                        + "[broken-link]",
                "warning: the navbar item of type 'docsVersionDropdown' names the docs plugin 'default', which has no"
                        + " versions [broken-link]",
                "warning: no page matches '/blog' (navbar item 'Blog'); a 'to' is a path of the site from its base "
                        + "URL, such as '/docs/intro' [broken-link]",
                "warning: navbar items of type 'localeDropdown' are not built by docsite and are left out of the"
                        + " navbar [docusaurus-unsupported]"),
                chrome.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aCategorysGeneratedIndexIsALinkTargetAndADocSidebarsFirstLink() {
        navigation = new Navigation(Sidebars.of(new Sidebar("guides", List.of(new CategoryItem("Guides",
                new CategoryLink.GeneratedIndex("category/guides/", null), true, true, null, Map.of(), null,
                List.of(DocItem.of(page("guides/setup/"))))))), index);
        SiteChrome chrome = chrome(List.of(to("All guides", "/category/guides", "left"),
                docSidebar("guides", Optional.empty(), "left")));
        assertEquals(List.of(link("All guides", "../../category/guides/", false), link("Guides", "../../category/guides/",
                true)), chrome.navbar(page("guides/setup/"), "../../").left());
        assertEquals(List.of(), chrome.problems());
    }

    @Test
    void aBrokenTargetIsReportedAtItsLineInTheConfigurationFile() {
        new TestSite(dir).file("docusaurus.config.js", String.join("\n",
                "module.exports = {",
                "  title: 'Test Docs',",
                "  themeConfig: {navbar: {items: [",
                "    {label: 'Blog', to: '/blog'},",
                "    {label: 'Old',  to: '/old-page'},",
                "    {href: '/old-page'},",
                "  ]}},",
                "};", ""));
        SiteChrome chrome = chrome(List.of(to("Old", "/old-page", "left")));
        assertEquals(List.of("docusaurus.config.js:5:26: warning: no page matches '/old-page' (navbar item 'Old'); a "
                + "'to' is a path of the site from its base URL, such as '/docs/intro' [broken-link]"),
                chrome.problems().stream().map(Problem::format).toList());
    }

    @Test
    void theLogoLinksHomeAndIsDecorativeBesideATitle() {
        Logo logo = new Logo("img/logo.svg", Optional.of("/img/logo-dark.svg"), Optional.empty(), Optional.empty(),
                Optional.of("32"), Optional.of("32"));
        NavbarView withTitle = chrome(ThemedSite.theme(Optional.of("Docs"), Optional.of(logo), List.of(),
                Optional.empty())).navbar(page("guides/setup/"), "../../");
        assertEquals(new NavbarView("Docs", new LogoView("../../img/logo.svg", "../../img/logo-dark.svg", "", null,
                false, "32", "32"), "../../", List.of(), List.of(), false), withTitle);
        NavbarView logoOnly = chrome(ThemedSite.theme(Optional.empty(), Optional.of(logo), List.of(),
                Optional.empty())).navbar(page(""), "./");
        assertEquals("Test Docs", logoOnly.logo().alt(), "the site title names a logo shown alone");
        assertNull(logoOnly.title());
        Logo away = new Logo("https://cdn.example.com/logo.png", Optional.empty(), Optional.of("Acme"),
                Optional.of("https://acme.example.com"));
        NavbarView external = chrome(ThemedSite.theme(Optional.of("Docs"), Optional.of(away), List.of(),
                Optional.empty())).navbar(page(""), "./");
        assertEquals("https://acme.example.com", external.brandHref());
        assertEquals(new LogoView("https://cdn.example.com/logo.png", null, "Acme", null, true, null, null),
                external.logo());
    }

    @Test
    void aSiteWithoutNavbarOrFooterKeepsDocsitesOwn() {
        SiteChrome chrome = chrome(ThemeConfig.none());
        assertNull(chrome.navbar(page(""), "./"));
        assertNull(chrome.footer("./"));
        assertNull(chrome.favicon("./"));
        assertNull(chrome.socialImage("./"));
        assertEquals(ColorModeView.STANDARD, chrome.colorMode());
        assertEquals(List.of(), chrome.problems());
    }

    @Test
    void footerColumnsLinksHtmlCopyrightAndLogo() {
        Footer footer = new Footer("dark", List.of(
                new FooterColumn(Optional.of("Docs"), List.of(
                        new FooterLink(Optional.of("Setup"), Optional.of("/guides/setup"), Optional.empty(),
                                Optional.empty()),
                        new FooterLink(Optional.of("Status"), Optional.empty(), Optional.of("https://status.example.com"),
                                Optional.empty()))),
                new FooterColumn(Optional.empty(), List.of(new FooterLink(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("<a href=\"https://x.example\">X</a>"))))),
                Optional.of("Copyright © 2026 <b>Example</b>"), Optional.of(new Logo("img/logo.svg", Optional.empty(),
                        Optional.of("Example"), Optional.of("https://example.com"))));
        SiteChrome chrome = chrome(ThemedSite.theme(Optional.of("Docs"), Optional.empty(), List.of(),
                Optional.of(footer)));
        assertEquals(new FooterView("dark", List.of(
                new FooterColumnView("Docs", List.of(new FooterLinkView("Setup", "../../guides/setup/", false, null),
                        new FooterLinkView("Status", "https://status.example.com", true, null))),
                new FooterColumnView(null, List.of(new FooterLinkView(null, null, false,
                        "<a href=\"https://x.example\">X</a>")))),
                "Copyright © 2026 <b>Example</b>",
                new LogoView("../../img/logo.svg", null, "Example", "https://example.com", true, null, null)),
                chrome.footer("../../"));
    }

    @Test
    void faviconAndSocialCardFromTheStaticFoldersAbsoluteWhenTheSiteHasAUrl() {
        ThemeConfig theme = new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()),
                Optional.empty(), new ColorMode("dark", true, false), Optional.of("img/logo.svg"),
                Optional.of("img/favicon.ico"));
        SiteChrome relative = SiteChrome.of(ThemedSite.with(base, "/site/", null, theme), index, navigation);
        assertEquals("../../img/favicon.ico", relative.favicon("../../"));
        assertEquals("../../img/logo.svg", relative.socialImage("../../"));
        assertEquals(new ColorModeView("dark", false, false), relative.colorMode());
        assertEquals(List.of("warning: no file 'img/favicon.ico' in the static folders (static) [missing-asset]"),
                relative.problems().stream().map(Problem::format).toList());
        SiteChrome absolute = SiteChrome.of(ThemedSite.with(base, "/site/", "https://docs.example.com", theme), index,
                navigation);
        assertEquals("https://docs.example.com/site/img/logo.svg", absolute.socialImage("../../"));
    }

    private List<Boolean> actives(SiteChrome chrome, String url) {
        Page p = page(url);
        return chrome.navbar(p, p.root()).left().stream().map(NavbarItemView::active).toList();
    }
}
