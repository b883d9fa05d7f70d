package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.frontmatter.NavOverride;
import dev.docsite.links.SiteIndex;
import dev.docsite.links.UrlText;
import dev.docsite.nav.SidebarIndex.Placement;
import dev.docsite.nav.SidebarIndex.Stop;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.PageLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Per-page navigation views of the site's {@link Sidebars}: the page's sidebar with its branch open (closed categories
 * without their items, which the theme script fills from {@link #dataScript}), breadcrumbs,
 * previous/next and table of contents, with URLs relative to the page. A page is shown with the first sidebar that
 * contains it, and with none when no sidebar does. Thread-safe after construction.
 */
public final class Navigation {

    private final SidebarIndex sidebars;
    private final SiteIndex index;
    private final List<SidebarTopLevel> topLevels = new ArrayList<>();

    public Navigation(Sidebars sidebars, SiteIndex index) {
        this.sidebars = new SidebarIndex(sidebars);
        this.index = index;
        for (int s = 0; s < sidebars.all().size(); s++) {
            topLevels.add(new SidebarTopLevel(this.sidebars, s));
        }
    }

    public Sidebars sidebars() {
        return sidebars.sidebars();
    }

    /**
     * Every listed page once: those in the sidebars in sidebar order, then those in none in the index's order (the
     * sitemap's order).
     */
    public List<Page> listedPages() {
        Set<Page> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Page> pages = new ArrayList<>();
        for (int s = 0; s < sidebars.sidebars().all().size(); s++) {
            for (Stop stop : sidebars.stops(s)) {
                if (stop.page() != null && stop.page().listed() && seen.add(stop.page())) {
                    pages.add(stop.page());
                }
            }
        }
        for (Page page : index.pages()) {
            if (page.listed() && seen.add(page)) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** Where the data file of sidebar {@code sidebar} (its number in {@link Sidebars#all()}) is, from the site root. */
    public static String dataPath(int sidebar) {
        return "assets/sidebars/" + sidebar + ".js";
    }

    /**
     * The data file of sidebar {@code sidebar}: its whole tree, from which the theme script fills closed categories
     * ({@link SidebarData} describes it).
     */
    public String dataScript(int sidebar) {
        return SidebarData.script(sidebars, sidebar);
    }

    /** The sidebar {@code page} is shown with, or {@code null} when no sidebar contains it. */
    public Sidebar sidebarOf(Page page) {
        Placement at = sidebars.placement(page);
        return at == null ? null : sidebars.sidebars().all().get(at.sidebar());
    }

    /** The sidebar as seen from {@code page}, its branch open (closed categories without items); empty when no sidebar contains the page. */
    public List<NavItem> sidebar(Page page) {
        return sidebar(page, page.root());
    }

    /**
     * @param page the active page, or {@code null} (the 404 page, which shows the first sidebar)
     * @param root prefix that reaches the site root from where the sidebar is shown
     */
    public List<NavItem> sidebar(Page page, String root) {
        Placement at = sidebars.placement(page);
        if (at == null && (page != null || sidebars.sidebars().all().isEmpty())) {
            return List.of();
        }
        int sidebar = at == null ? 0 : at.sidebar();
        return new SidebarView(sidebars, sidebar, new HashSet<>(openCategories(at)), page, url -> href(root, url), null)
                .items(sidebars.sidebars().all().get(sidebar).items());
    }

    /** The key of the sidebar shared by {@code page} and its like, or {@code null} when the page has no sidebar. */
    public SidebarKey sidebarKey(Page page) {
        Placement at = sidebars.placement(page);
        if (at == null) {
            return null;
        }
        String url = page.url();
        String parent = url.isEmpty() ? null : url.substring(0, url.lastIndexOf('/', url.length() - 2) + 1);
        return new SidebarKey(at.sidebar(), openCategories(at), parent, page.root());
    }

    /** The sidebar shared by all pages of {@code key}, with no item marked as the current page. */
    public List<NavItem> sidebar(SidebarKey key) {
        return new SidebarView(sidebars, key.sidebar(), new HashSet<>(key.open()), null, key::href, null)
                .items(sidebars.sidebars().all().get(key.sidebar()).items());
    }

    /** The top level of sidebar {@code sidebar} item by item, for drawing once what many folders share. */
    public SidebarTopLevel topLevel(int sidebar) {
        return topLevels.get(sidebar);
    }

    private List<Integer> openCategories(Placement at) {
        if (at == null) {
            return List.of();
        }
        List<Integer> open = new ArrayList<>(at.above().size() + 1);
        for (CategoryItem c : at.above()) {
            open.add(sidebars.id(c));
        }
        if (at.linkOf() != null) {
            open.add(sidebars.id(at.linkOf()));
        }
        return List.copyOf(open);
    }

    /**
     * The home page (when it is not the page), then the categories above the page in its sidebar, each linking to
     * its doc or generated index, else to its first doc as its sidebar label does without JavaScript (so no crumb is
     * dead text), or plain text when that is the page itself. Empty for a page in no sidebar but the home link.
     */
    public List<PageLink> breadcrumbs(Page page) {
        List<PageLink> crumbs = new ArrayList<>();
        Page home = index.byUrl("");
        if (home != null && home != page) {
            crumbs.add(new PageLink(home.sidebarLabel(), page.root()));
        }
        Placement at = sidebars.placement(page);
        if (at != null) {
            for (CategoryItem c : at.above()) {
                String target = c.linkUrl() != null ? c.linkUrl() : SidebarView.firstUrl(c.items());
                crumbs.add(new PageLink(c.label(), target == null || target.equals(page.url()) ? null : href(page.root(), target)));
            }
        }
        return crumbs;
    }

    public PageLink previous(Page page) {
        return neighbour(page, page.frontMatter().paginationPrev(), -1);
    }

    public PageLink next(Page page) {
        return neighbour(page, page.frontMatter().paginationNext(), +1);
    }

    private PageLink neighbour(Page page, NavOverride override, int step) {
        if (override != null) {
            Page target = override.disabled() ? null : index.byDocId(override.docId());
            if (target == null && !override.disabled()) {
                List<Page> shortMatch = index.byShortId(override.docId());
                target = shortMatch.size() == 1 ? shortMatch.get(0) : null;
            }
            return target == null ? null : new PageLink(docLabel(target, null), href(page.root(), target.url()));
        }
        return neighbour(sidebars.placement(page), page.url(), page.root(), step);
    }

    private PageLink neighbour(Placement at, String selfUrl, String root, int step) {
        if (at == null) {
            return null;
        }
        List<Stop> stops = sidebars.stops(at.sidebar());
        for (int i = at.position() + step; i >= 0 && i < stops.size(); i += step) {
            Stop stop = stops.get(i);
            if (stop.url().equals(selfUrl) || (stop.page() != null && !stop.page().listed())) {
                continue; // the page again further on, or an unlisted doc: pagination skips both, as Docusaurus
            }
            String label = stop.page() == null ? stop.label() : docLabel(stop.page(), stop.label());
            return new PageLink(label, href(root, stop.url()));
        }
        return null;
    }

    /**
     * The deepest category {@code page} is in, in the sidebar it is shown with: the one whose label links to it, else
     * the one holding it (Docusaurus's {@code useCurrentSidebarCategory}, whose items {@code <DocCardList />}
     * shows); {@code null} when it is in none.
     */
    public CategoryItem categoryOf(Page page) {
        Placement at = sidebars.placement(page);
        return at == null ? null : at.deepestCategory();
    }

    /** The categories whose generated index pages the site builds, each once, in sidebar order. */
    public List<CategoryItem> generatedIndexes() {
        return sidebars.generatedIndexes();
    }

    /**
     * The sidebar as seen from the generated index page at site URL {@code url}, its category open and marked.
     *
     * @param root prefix that reaches the site root from the page
     */
    public List<NavItem> sidebarOfIndex(String url, String root) {
        Placement at = sidebars.indexPlacement(url);
        if (at == null) {
            return List.of();
        }
        return new SidebarView(sidebars, at.sidebar(), new HashSet<>(openCategories(at)), null, u -> href(root, u), url)
                .items(sidebars.sidebars().all().get(at.sidebar()).items());
    }

    /** The home page, then the categories above the generated index at {@code url}, as for a doc. */
    public List<PageLink> breadcrumbsOfIndex(String url, String root) {
        List<PageLink> crumbs = new ArrayList<>();
        Page home = index.byUrl("");
        if (home != null) {
            crumbs.add(new PageLink(home.sidebarLabel(), root));
        }
        Placement at = sidebars.indexPlacement(url);
        if (at != null) {
            for (CategoryItem c : at.above()) {
                String target = c.linkUrl() != null ? c.linkUrl() : SidebarView.firstUrl(c.items());
                crumbs.add(new PageLink(c.label(), target == null || target.equals(url) ? null : href(root, target)));
            }
        }
        return crumbs;
    }

    public PageLink previousOfIndex(String url, String root) {
        return neighbour(sidebars.indexPlacement(url), url, root, -1);
    }

    public PageLink nextOfIndex(String url, String root) {
        return neighbour(sidebars.indexPlacement(url), url, root, +1);
    }

    /**
     * The first doc of the sidebar named {@code sidebarName} (a navbar {@code docSidebar} item links to it), or
     * {@code null} when there is no such sidebar or it holds no doc. Sidebars of a docs plugin other than
     * {@code default} are named {@code pluginId/sidebarId}.
     */
    public Page firstDoc(String sidebarName) {
        List<Sidebar> all = sidebars.sidebars().all();
        for (int s = 0; s < all.size(); s++) {
            if (all.get(s).name().equals(sidebarName)) {
                for (Stop stop : sidebars.stops(s)) {
                    if (stop.page() != null) {
                        return stop.page();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** As Docusaurus: {@code pagination_label}, else {@code sidebar_label}, else the sidebar item's, else the title. */
    private static String docLabel(Page page, String itemLabel) {
        if (page.frontMatter().paginationLabel() != null) {
            return page.frontMatter().paginationLabel();
        }
        if (page.frontMatter().sidebarLabel() != null || itemLabel == null) {
            return page.sidebarLabel();
        }
        return itemLabel;
    }

    private static String href(String root, String url) {
        return root + UrlText.encodePath(url);
    }
}
