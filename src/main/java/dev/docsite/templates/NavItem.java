package dev.docsite.templates;

import java.util.List;

/**
 * One entry of the sidebar tree: a page, or a category (folder) with children.
 *
 * @param label    text shown
 * @param url      URL relative to the page being rendered, or {@code null} for a category without index page
 * @param active   the page being rendered
 * @param expanded the page being rendered is this item or one of its descendants
 * @param category true for a folder; its children are listed only when it is expanded (large sites stay small)
 * @param children sub-items, empty for a page and for a collapsed category
 */
public record NavItem(String label, String url, boolean active, boolean expanded, boolean category,
                      List<NavItem> children) {

    public NavItem {
        children = List.copyOf(children);
    }

    public boolean isCategory() {
        return category;
    }
}
