package dev.docsite.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.content.Page;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.NavItem.Kind;
import dev.docsite.templates.PageLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two sidebars as a Docusaurus {@code sidebars.js} declares them, bound to pages:
 * <pre>
 * tutorialSidebar: intro,
 *   Guides (link: doc guides/index, collapsed) [setup (label "Set up"), advanced, GitHub (external),
 *     Deep (link: generated index category/deep/, collapsed: false) [deep/dive]],
 *   html "&lt;hr&gt;", "API start" (internal link api/overview/#start)
 * apiSidebar: API (no link, collapsible: false) [overview, auth, ref intro], setup
 * </pre>
 * and a page in neither ({@code orphan}).
 */
class NavigationTest {

    private final NavPages pages = new NavPages();
    private final Page home = pages.add("index.md", "title: Welcome");
    private final Page intro = pages.add("intro.md", "title: Introduction");
    private final Page guides = pages.add("guides/index.md", "title: Guides overview");
    private final Page setup = pages.add("guides/setup.md", "title: Setting things up");
    private final Page advanced = pages.add("guides/advanced.md", "title: Advanced use\npagination_label: Advanced");
    private final Page dive = pages.add("guides/deep/dive.md", "title: Deep dive\nsidebar_label: Dive");
    private final Page overview = pages.add("api/overview.md", "title: API overview");
    private final Page auth = pages.add("api/auth.md", "title: Authentication\npagination_next: intro");
    private final Page orphan = pages.add("orphan.md", "title: Orphan");

    private final CategoryItem deep = new CategoryItem("Deep", new CategoryLink.GeneratedIndex("category/deep/", null),
            false, true, null, Map.of(), "Going further", List.of(DocItem.of(dive)));
    private final CategoryItem guidesCategory = new CategoryItem("Guides", new CategoryLink.DocLink(guides), true,
            true, "guides-cat", Map.of("badge", "new"), null, List.of(
                    new DocItem(setup, "Set up", false, null, Map.of()), DocItem.of(advanced),
                    new LinkItem("GitHub", "https://github.com/example", false, "gh"), deep));
    private final Sidebar tutorial = new Sidebar("tutorialSidebar", List.of(DocItem.of(intro), guidesCategory,
            new HtmlItem("<hr>", null, true), new LinkItem("API start", "api/overview/#start", true, null)));
    private final Sidebar api = new Sidebar("apiSidebar", List.of(
            new CategoryItem("API", null, true, false, null, Map.of(), null, List.of(DocItem.of(overview),
                    DocItem.of(auth), new DocItem(intro, null, true, null, Map.of()))),
            DocItem.of(setup)));
    private final Navigation nav = new Navigation(Sidebars.of(tutorial, api), pages.index());

    @Test
    void aPageIsShownWithTheFirstSidebarThatContainsItAndAPageInNoneWithoutASidebar() {
        assertEquals("tutorialSidebar", nav.sidebarOf(setup).name(), "setup is in both: the first wins");
        assertEquals("tutorialSidebar", nav.sidebarOf(guides).name(), "a category's link doc is in its sidebar");
        assertEquals("tutorialSidebar", nav.sidebarOf(intro).name(), "a ref item does not bind apiSidebar to intro");
        assertEquals("apiSidebar", nav.sidebarOf(auth).name());
        assertNull(nav.sidebarOf(orphan));
        assertNull(nav.sidebarOf(home));
        assertEquals(List.of(), nav.sidebar(orphan));
        assertNull(nav.sidebarKey(orphan));
    }

    @Test
    void theSidebarOfAPageHoldsEveryItemWithItsBranchOpenAndLinksRelativeToThePage() {
        NavItem deepView = category("Deep", "../../category/deep/", false, true, true, null,
                List.of(doc("Dive", "../../guides/deep/dive/", false, null)));
        List<NavItem> expected = List.of(
                doc("Introduction", "../../intro/", false, null),
                category("Guides", "../../guides/", true, true, true, "guides-cat", List.of(
                        doc("Set up", "../../guides/setup/", false, null),
                        doc("Advanced use", "../../guides/advanced/", true, null),
                        NavItem.builder(Kind.LINK).label("GitHub").url("https://github.com/example").external(true)
                                .className("gh").build(),
                        deepView)),
                NavItem.builder(Kind.HTML).rawHtml("<hr>").defaultStyle(true).build(),
                NavItem.builder(Kind.LINK).label("API start").url("../../api/overview/#start").build());
        assertEquals(expected, nav.sidebar(advanced));
    }

    @Test
    void aCollapsedCategoryOffThePageBranchIsClosedWithoutItsItemsButSaysWhereToFindThem() {
        assertEquals(NavItem.builder(Kind.CATEGORY).label("Guides").url("../guides/").collapsible(true)
                .className("guides-cat").fill(new NavItem.Fill(0, 0, null)).build(), nav.sidebar(intro).get(1),
                "closed: no items, only its sidebar and number (it has a link, so no first doc is needed)");
        assertEquals(true, nav.sidebar(guides).get(1).children().get(3).expanded(),
                "collapsed: false stays open everywhere");
    }

    @Test
    void aClosedCategoryWithoutALinkLeadsToItsFirstListedDocDepthFirst() {
        NavPages more = new NavPages();
        Page hidden = more.add("tools/hidden.md", "title: Hidden\nunlisted: true");
        Page deep = more.add("tools/inner/deep.md", "title: Deep");
        Page top = more.add("top.md", "title: Top");
        CategoryItem tools = new CategoryItem("Tools", null, true, true, null, Map.of(), null, List.of(
                new LinkItem("Site", "https://example.com/", false, null), DocItem.of(hidden),
                new CategoryItem("Inner", null, true, true, null, Map.of(), null, List.of(DocItem.of(deep)))));
        Navigation withTools = new Navigation(Sidebars.of(new Sidebar("s", List.of(DocItem.of(top), tools))),
                more.index());

        assertEquals(new NavItem.Fill(0, 0, "../tools/inner/deep/"), withTools.sidebar(top).get(1).fill(),
                "external links and unlisted docs lead nowhere useful; the nested category's first doc does");
        assertNull(withTools.sidebar(deep).get(1).fill(), "open on the page's branch");
    }

    @Test
    void aCategoryIsOpenAndActiveOnItsOwnLinkDocAndANonCollapsibleCategoryIsAlwaysOpen() {
        NavItem guidesView = nav.sidebar(guides).get(1);
        assertEquals(List.of(true, true, true), List.of(guidesView.active(), guidesView.activeBranch(),
                guidesView.expanded()));
        NavItem apiView = nav.sidebar(overview).get(0);
        assertEquals(category("API", null, true, true, false, null, List.of(
                doc("API overview", "../../api/overview/", true, null),
                doc("Authentication", "../../api/auth/", false, null),
                doc("Introduction", "../../intro/", false, null))), apiView);
        NavItem apiFromSetup = nav.sidebar(setup).get(0);
        assertEquals("Introduction", apiFromSetup.label(), "setup shows tutorialSidebar, not apiSidebar");
    }

    @Test
    void previousAndNextFollowTheSidebarIncludingCategoryLinkDocsAndGeneratedIndexes() {
        assertNull(nav.previous(intro));
        assertEquals(new PageLink("Guides overview", "../guides/"), nav.next(intro));
        assertEquals(new PageLink("Introduction", "../intro/"), nav.previous(guides));
        assertEquals(new PageLink("Set up", "../guides/setup/"), nav.next(guides), "the doc item's label");
        assertEquals(new PageLink("Advanced", "../../guides/advanced/"), nav.next(setup), "pagination_label wins");
        assertEquals(new PageLink("Deep", "../../category/deep/"), nav.next(advanced), "the generated index");
        assertEquals(new PageLink("Deep", "../../../category/deep/"), nav.previous(dive),
                "the generated index of the category holding it");
        assertNull(nav.next(dive), "the end of tutorialSidebar; its html and link items are not paginated");
        assertEquals(new PageLink("Authentication", "../../api/auth/"), nav.next(overview));
        assertEquals(new PageLink("Introduction", "../../intro/"), nav.next(auth), "pagination_next wins");
        assertNull(nav.previous(orphan));
        assertNull(nav.next(orphan));
    }

    @Test
    void breadcrumbsAreTheCategoriesAboveThePageEachLinkingToItsTargetOrFirstDoc() {
        assertEquals(List.of(new PageLink("Welcome", "../../../"), new PageLink("Guides", "../../../guides/"),
                new PageLink("Deep", "../../../category/deep/")), nav.breadcrumbs(dive));
        assertEquals(List.of(new PageLink("Welcome", "../../"), new PageLink("API", "../../api/overview/")),
                nav.breadcrumbs(auth), "a category without a link leads to its first doc");
        assertEquals(List.of(new PageLink("Welcome", "../../"), new PageLink("API", null)), nav.breadcrumbs(overview),
                "plain text on that first doc itself");
        assertEquals(List.of(new PageLink("Welcome", "../")), nav.breadcrumbs(guides),
                "a category's own doc is not below it");
        assertEquals(List.of(new PageLink("Welcome", "../")), nav.breadcrumbs(orphan));
    }

    @Test
    void siblingPagesShareOneSidebarThatMarksNoPage() {
        SidebarKey key = nav.sidebarKey(setup);
        assertEquals(key, nav.sidebarKey(advanced));
        assertEquals(List.of(0), key.open(), "Guides, the first category in document order");
        List<NavItem> shared = nav.sidebar(key);
        assertEquals("../advanced/", shared.get(1).children().get(1).url(), "relative to the shared parent folder");
        assertEquals(false, shared.get(1).children().get(1).active());
        assertEquals(true, shared.get(1).expanded());
    }

    @Test
    void theSitemapListsPagesInSidebarOrderThenThoseInNoSidebar() {
        assertEquals(List.of(intro, guides, setup, advanced, dive, overview, auth, home, orphan),
                nav.listedPages());
    }

    @Test
    void anUnlistedDocIsShownWithItsSidebarButListedInItOnlyOnItselfAndPaginationSkipsIt() {
        NavPages more = new NavPages();
        Page first = more.add("first.md", "title: First");
        Page secret = more.add("secret.md", "title: Secret\nunlisted: true");
        Page last = more.add("last.md", "title: Last");
        Navigation withUnlisted = new Navigation(Sidebars.of(new Sidebar("s", List.of(DocItem.of(first),
                DocItem.of(secret), DocItem.of(last)))), more.index());

        assertEquals(List.of("First", "Last"), withUnlisted.sidebar(first).stream().map(NavItem::label).toList());
        assertEquals(List.of(doc("First", "../first/", false, null), doc("Secret", "../secret/", true, null),
                doc("Last", "../last/", false, null)), withUnlisted.sidebar(secret));
        assertEquals(new PageLink("Last", "../last/"), withUnlisted.next(first));
        assertEquals(new PageLink("First", "../first/"), withUnlisted.previous(last));
        assertEquals(new PageLink("Last", "../last/"), withUnlisted.next(secret));
        assertEquals(List.of(first, last), withUnlisted.listedPages());
    }

    private static NavItem doc(String label, String url, boolean active, String className) {
        return NavItem.builder(Kind.DOC).label(label).url(url).active(active).className(className).build();
    }

    private static NavItem category(String label, String url, boolean activeBranch, boolean expanded,
                                    boolean collapsible, String className, List<NavItem> children) {
        return NavItem.builder(Kind.CATEGORY).label(label).url(url).activeBranch(activeBranch).expanded(expanded)
                .collapsible(collapsible).className(className).children(children).build();
    }
}
