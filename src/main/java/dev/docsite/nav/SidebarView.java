package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.templates.NavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A sidebar as templates show it: its top level and every open category with its items (open when not collapsed,
 * not collapsible, or on the current page's branch), links relative to where the sidebar is shown. A closed category
 * holds no items but a {@link NavItem.Fill} that tells the theme script where to find them: as in Docusaurus, the
 * size of a page does not grow with the closed branches of its sidebar.
 *
 * @param index   numbers of the categories
 * @param sidebar the sidebar's number in {@link Sidebars#all()}
 * @param open   numbers of the categories on the current page's branch
 * @param page   the page marked current, or {@code null} (a sidebar shared by several pages marks none)
 * @param href   a site URL to a link written where the sidebar is shown
 * @param indexUrl the URL of the generated index page marked current, or {@code null}
 */
record SidebarView(SidebarIndex index, int sidebar, Set<Integer> open, Page page, Function<String, String> href,
                   String indexUrl) {

    List<NavItem> items(List<SidebarItem> items) {
        List<NavItem> out = new ArrayList<>(items.size());
        for (SidebarItem item : items) {
            NavItem view = item(item);
            if (view != null) {
                out.add(view);
            }
        }
        return out;
    }

    NavItem item(SidebarItem item) {
        if (item instanceof DocItem doc) {
            if (!doc.page().listed() && doc.page() != page) {
                return null; // Docusaurus hides unlisted docs from the sidebar, except on themselves
            }
            return NavItem.builder(NavItem.Kind.DOC).label(doc.shownLabel()).url(href.apply(doc.page().url()))
                    .active(doc.page() == page).className(doc.className()).build();
        }
        if (item instanceof LinkItem link) {
            return NavItem.builder(NavItem.Kind.LINK).label(link.label())
                    .url(link.internal() ? internal(link.href()) : link.href()).external(!link.internal())
                    .className(link.className()).build();
        }
        if (item instanceof HtmlItem html) {
            return NavItem.builder(NavItem.Kind.HTML).className(html.className()).rawHtml(html.value())
                    .defaultStyle(html.defaultStyle()).build();
        }
        CategoryItem category = (CategoryItem) item;
        int id = index.id(category);
        boolean onBranch = open.contains(id);
        boolean expanded = onBranch || !category.collapsed() || !category.collapsible();
        String url = category.linkUrl();
        String first = expanded || url != null ? null : firstUrl(category.items());
        return NavItem.builder(NavItem.Kind.CATEGORY)
                .label(category.label())
                .url(url == null ? null : href.apply(url))
                .active(page != null && category.linkedPage() == page || url != null && url.equals(indexUrl))
                .activeBranch(onBranch)
                .expanded(expanded)
                .collapsible(category.collapsible())
                .className(category.className())
                .children(expanded ? items(category.items()) : List.of())
                .fill(expanded ? null : new NavItem.Fill(sidebar, id, first == null ? null : href.apply(first)))
                .build();
    }

    /**
     * The first page a closed category without a link leads to when the script that opens it does not run: its
     * first listed doc or linked category, depth first ({@code docsite.js} picks the same one).
     */
    static String firstUrl(List<SidebarItem> items) {
        for (SidebarItem item : items) {
            if (item instanceof DocItem doc && doc.page().listed()) {
                return doc.page().url();
            }
            if (item instanceof CategoryItem category) {
                String url = category.linkUrl() != null ? category.linkUrl() : firstUrl(category.items());
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    /** A site URL that may carry a query or fragment: only its path is made relative. */
    private String internal(String siteUrl) {
        int cut = siteUrl.length();
        for (int i = 0; i < siteUrl.length(); i++) {
            if (siteUrl.charAt(i) == '#' || siteUrl.charAt(i) == '?') {
                cut = i;
                break;
            }
        }
        return href.apply(siteUrl.substring(0, cut)) + siteUrl.substring(cut);
    }
}
