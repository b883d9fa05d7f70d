package dev.docsite.nav;

import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.templates.NavItem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The top level of one sidebar, item by item, saying which items look the same from every folder of the same
 * depth. On a site of many small folders nearly every folder has a sidebar of
 * its own (see {@link SidebarKey}), but most of it is its top level of closed categories, whose links differ between folders only by how many
 * {@code ../} lead to the site root: drawing them once per depth instead of once per folder was most of the cost of
 * drawing sidebars. An item is shared when it is closed (no items of its own in the page) and its one link does not
 * lead into the first folder of the key's parent folder, where a relative link would be shorter than the root and the way
 * down (see {@link dev.docsite.links.UrlText#relative}).
 */
public final class SidebarTopLevel {

    private final SidebarIndex index;
    private final int sidebar;
    private final List<SidebarItem> items;
    /** Per item: its category's number, else -1. */
    private final int[] ids;
    /** Per item: whether it may be shared (a doc, a link, a closed collapsible category; not raw HTML). */
    private final boolean[] closed;
    /**
     * Per item: the first folder of its one link ({@code a/} of {@code a/b/}, {@code null} when it has no link or
     * the link has no folder), which a relative link from inside that folder would not climb out of.
     */
    private final String[] firstFolders;
    private final int shown;

    SidebarTopLevel(SidebarIndex index, int sidebar) {
        this.index = index;
        this.sidebar = sidebar;
        this.items = index.sidebars().all().get(sidebar).items();
        this.ids = new int[items.size()];
        this.closed = new boolean[items.size()];
        this.firstFolders = new String[items.size()];
        int visible = 0;
        for (int i = 0; i < items.size(); i++) {
            SidebarItem item = items.get(i);
            String url = null;
            ids[i] = -1;
            if (item instanceof DocItem doc) {
                url = doc.page().url();
                closed[i] = true;
                visible -= doc.page().listed() ? 0 : 1; // unlisted docs are hidden, as in Docusaurus
            } else if (item instanceof LinkItem link) {
                url = link.internal() ? pathOf(link.href()) : null;
                closed[i] = true;
            } else if (item instanceof CategoryItem category) {
                ids[i] = index.id(category);
                closed[i] = category.collapsed() && category.collapsible();
                url = category.linkUrl() != null ? category.linkUrl() : SidebarView.firstUrl(category.items());
            }
            firstFolders[i] = url == null || url.indexOf('/') < 0 ? null : url.substring(0, url.indexOf('/') + 1);
            visible++;
        }
        this.shown = visible;
    }

    /** The number of top-level items, shown or not. */
    public int size() {
        return items.size();
    }

    /** The number of top-level items the sidebar shows (unlisted docs are hidden, as in Docusaurus). */
    public int shown() {
        return shown;
    }

    /** Top-level item {@code i} as seen from the folder of {@code key}, or {@code null} when it is hidden. */
    public NavItem item(SidebarKey key, int i) {
        return new SidebarView(index, sidebar, new HashSet<>(key.open()), null, key::href, null).item(items.get(i));
    }

    /**
     * For each top-level item: the depth of the parent folder of {@code key} (its number of {@code /}) when the
     * item is drawn the same from every folder of that depth, -1 when it must be drawn for this key (an open
     * category, an HTML item, a link into the key's first folder, or any item of the home page's sidebar, whose
     * links are not relative to a parent folder).
     */
    public int[] sharedDepths(SidebarKey key) {
        int[] depths = new int[items.size()];
        String parent = key.parent();
        if (parent == null) {
            Arrays.fill(depths, -1);
            return depths;
        }
        int depth = 0;
        for (int c = 0; c < parent.length(); c++) {
            depth += parent.charAt(c) == '/' ? 1 : 0;
        }
        // A link starts inside the parent's first folder when its first folder is that one (both end with '/').
        String parentFolder = depth == 0 ? null : parent.substring(0, parent.indexOf('/') + 1);
        for (int i = 0; i < depths.length; i++) {
            String folder = firstFolders[i];
            boolean shared = closed[i] && (ids[i] < 0 || !key.open().contains(ids[i]))
                    && (folder == null || parentFolder == null || folder.length() != parentFolder.length()
                            || !folder.equals(parentFolder));
            depths[i] = shared ? depth : -1;
        }
        return depths;
    }

    private static String pathOf(String siteUrl) {
        for (int i = 0; i < siteUrl.length(); i++) {
            if (siteUrl.charAt(i) == '#' || siteUrl.charAt(i) == '?') {
                return siteUrl.substring(0, i);
            }
        }
        return siteUrl;
    }
}
