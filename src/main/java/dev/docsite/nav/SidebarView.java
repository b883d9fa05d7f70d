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
 * A sidebar as templates show it: every category with all its items, open when not collapsed or on the current
 * page's branch, links relative to where the sidebar is shown.
 *
 * @param index  numbers of the categories
 * @param open   numbers of the categories on the current page's branch
 * @param page   the page marked current, or {@code null} (a sidebar shared by several pages marks none)
 * @param href   a site URL to a link written where the sidebar is shown
 * @param indexUrl the URL of the generated index page marked current, or {@code null}
 */
record SidebarView(SidebarIndex index, Set<Integer> open, Page page, Function<String, String> href, String indexUrl) {

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

    private NavItem item(SidebarItem item) {
        if (item instanceof DocItem doc) {
            if (!doc.page().listed() && doc.page() != page) {
                return null; // Docusaurus hides unlisted docs from the sidebar, except on themselves
            }
            return new NavItem(NavItem.Kind.DOC, doc.shownLabel(), href.apply(doc.page().url()), doc.page() == page,
                    false, false, false, false, doc.className(), null, false, List.of());
        }
        if (item instanceof LinkItem link) {
            return new NavItem(NavItem.Kind.LINK, link.label(), link.internal() ? internal(link.href()) : link.href(),
                    false, false, false, false, !link.internal(), link.className(), null, false, List.of());
        }
        if (item instanceof HtmlItem html) {
            return new NavItem(NavItem.Kind.HTML, "", null, false, false, false, false, false, html.className(),
                    html.value(), html.defaultStyle(), List.of());
        }
        CategoryItem category = (CategoryItem) item;
        boolean onBranch = open.contains(index.id(category));
        String url = category.linkUrl();
        return new NavItem(NavItem.Kind.CATEGORY, category.label(), url == null ? null : href.apply(url),
                page != null && category.linkedPage() == page || url != null && url.equals(indexUrl), onBranch,
                onBranch || !category.collapsed() || !category.collapsible(), category.collapsible(), false,
                category.className(), null, false, items(category.items()));
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
