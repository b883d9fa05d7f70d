package dev.docsite.nav;

import dev.docsite.links.UrlText;
import java.util.List;

/**
 * Pages with the same key have the same sidebar except for which item is the current page: the same sidebar
 * with the same categories open, seen from the same parent folder. Sidebar links are written relative to that
 * folder (from the page, {@code ../} and then the way from its parent), so sibling pages share one sidebar and
 * its links stay short.
 *
 * @param sidebar index of the sidebar in {@link Sidebars#all()}
 * @param open    numbers of the categories on the pages' branch, from the top down
 * @param parent  the parent folder of the pages' URLs, or {@code null} for the home page
 * @param root    the way from the pages to the site root
 */
public record SidebarKey(int sidebar, List<Integer> open, String parent, String root) {

    /** The sidebar's link to site URL {@code url}. */
    public String href(String url) {
        if (parent == null) {
            String rel = UrlText.relative("", url);
            return rel.isEmpty() ? "./" : rel;
        }
        return "../" + UrlText.relative(parent, url);
    }
}
