package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.frontmatter.NavOverride;
import dev.docsite.links.SiteIndex;
import dev.docsite.links.UrlText;
import dev.docsite.markdown.Heading;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.PageLink;
import dev.docsite.templates.TocItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-page navigation views of the {@link SiteTree}: sidebar with the active branch expanded, breadcrumbs,
 * previous/next and table of contents, with URLs relative to the page. Thread-safe after construction.
 */
public final class Navigation {

    private final SiteTree tree;
    private final SiteIndex index;
    private final Map<Page, Integer> position = new IdentityHashMap<>();
    private final Map<SiteTree.Node, String> firstUrl = new HashMap<>();
    private final Map<Page, SiteTree.Node> categoryOf = new IdentityHashMap<>();

    /**
     * Pages with the same key have the same sidebar except for which item is the current page: the same expanded
     * categories seen from the same parent folder. Sidebar links are written relative to that folder (from the page,
     * {@code ../} and then the way from its parent), so sibling pages share one sidebar and its links stay short.
     * Nodes compare by identity.
     *
     * @param parent the parent folder of the pages' URLs, or {@code null} for the home page
     * @param root   the way from the pages to the site root
     */
    public record SidebarKey(List<SiteTree.Node> expanded, String parent, String root) {

        /** The sidebar's link to site URL {@code url}. */
        public String href(String url) {
            if (parent == null) {
                String rel = UrlText.relative("", url);
                return rel.isEmpty() ? "./" : rel;
            }
            return "../" + UrlText.relative(parent, url);
        }
    }

    public Navigation(SiteTree tree, SiteIndex index) {
        this.tree = tree;
        this.index = index;
        List<Page> order = tree.order();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        firstUrls(tree.root());
    }

    private String firstUrls(SiteTree.Node node) {
        if (node.indexPage() != null) {
            categoryOf.put(node.indexPage(), node);
        }
        String first = node.indexPage() == null ? null : node.indexPage().url();
        for (Object child : node.children()) {
            String u = child instanceof Page p ? p.url() : firstUrls((SiteTree.Node) child);
            if (first == null) {
                first = u;
            }
        }
        firstUrl.put(node, first);
        return first;
    }

    public SiteTree tree() {
        return tree;
    }

    /** The sidebar as seen from {@code page}: top level always, categories expanded along the page's path. */
    public List<NavItem> sidebar(Page page) {
        return sidebar(page, page.root());
    }

    /**
     * @param page the active page, or {@code null} (404 page)
     * @param root prefix that reaches the site root from where the sidebar is shown
     */
    public List<NavItem> sidebar(Page page, String root) {
        List<SiteTree.Node> path = page == null ? List.of() : tree.ancestors(page);
        return items(tree.root(), page, path, url -> href(root, url));
    }

    public SidebarKey sidebarKey(Page page) {
        List<SiteTree.Node> expanded = new ArrayList<>(tree.ancestors(page));
        SiteTree.Node own = categoryOf.get(page);
        if (own != null) {
            expanded.add(own);
        }
        String url = page.url();
        String parent = url.isEmpty() ? null : url.substring(0, url.lastIndexOf('/', url.length() - 2) + 1);
        return new SidebarKey(List.copyOf(expanded), parent, page.root());
    }

    /** The sidebar shared by all pages of {@code key}, with no item marked as the current page. */
    public List<NavItem> sidebar(SidebarKey key) {
        return items(tree.root(), null, key.expanded(), key::href);
    }

    private List<NavItem> items(SiteTree.Node node, Page page, List<SiteTree.Node> path, Function<String, String> href) {
        List<NavItem> items = new ArrayList<>(node.children().size());
        for (Object child : node.children()) {
            if (child instanceof Page p) {
                items.add(new NavItem(p.sidebarLabel(), href.apply(p.url()), p == page, false, false, List.of()));
            } else {
                SiteTree.Node n = (SiteTree.Node) child;
                boolean onPath = path.contains(n) || (page != null && n.indexPage() == page);
                boolean expanded = onPath || !n.category().collapsed();
                // A category without index page links to its first page only while its children are not listed.
                String target = n.indexPage() != null ? n.indexPage().url() : expanded ? null : firstUrl.get(n);
                items.add(new NavItem(n.label(), target == null ? null : href.apply(target), page != null && n.indexPage() == page,
                        expanded, true, expanded ? items(n, page, path, href) : List.of()));
            }
        }
        return items;
    }

    /** Categories above the page, each linking to its index page (or first page). */
    public List<PageLink> breadcrumbs(Page page) {
        List<PageLink> crumbs = new ArrayList<>();
        Page home = index.byUrl("");
        if (home != null && home != page) {
            crumbs.add(new PageLink(home.sidebarLabel(), page.root()));
        }
        for (SiteTree.Node n : tree.ancestors(page)) {
            String target = n.indexPage() != null ? n.indexPage().url() : firstUrl.get(n);
            crumbs.add(new PageLink(n.label(), target == null ? null : href(page.root(), target)));
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
        Page target;
        if (override != null) {
            target = override.disabled() ? null : index.byDocId(override.docId());
            if (target == null && !override.disabled()) {
                List<Page> shortMatch = index.byShortId(override.docId());
                target = shortMatch.size() == 1 ? shortMatch.get(0) : null;
            }
        } else {
            Integer i = position.get(page);
            List<Page> order = tree.order();
            target = i == null || i + step < 0 || i + step >= order.size() ? null : order.get(i + step);
        }
        if (target == null) {
            return null;
        }
        String label = target.frontMatter().paginationLabel() != null ? target.frontMatter().paginationLabel()
                : target.sidebarLabel();
        return new PageLink(label, href(page.root(), target.url()));
    }

    /** Headings between the page's {@code toc_min_heading_level} and {@code toc_max_heading_level}. */
    public static List<TocItem> toc(Page page) {
        int min = page.frontMatter().tocMinHeadingLevel();
        int max = Math.max(min, page.frontMatter().tocMaxHeadingLevel());
        List<TocItem> items = new ArrayList<>();
        for (Heading h : page.outline().headings()) {
            if (h.level() >= min && h.level() <= max) {
                items.add(new TocItem(h.text(), h.id(), h.level() - min));
            }
        }
        return items;
    }

    private static String href(String root, String url) {
        return root + UrlText.encodePath(url);
    }
}
