package dev.docsite.templates;

import java.util.List;
import java.util.Locale;

/**
 * One navbar item as a template shows it. Templates tell the kinds apart by {@code item.type}.
 *
 * @param kind      what the item is
 * @param label     text shown (a config string: escaped by the template); {@code null} for HTML and search items
 * @param href      link target relative to the page, or an external URL; {@code null} for a dropdown without a link,
 *                  an HTML or a search item
 * @param external  a link leaving the site: opened in a new tab with {@code rel="noopener noreferrer"}, as Docusaurus
 * @param active    the page is under the item's target (for a dropdown: under one of its items' targets)
 * @param html      an HTML item's markup, written as it is (the site owner's own configuration), or {@code null}
 * @param className CSS class from the configuration, or {@code null}
 * @param items     a dropdown's items; empty for other kinds
 */
public record NavbarItemView(Kind kind, String label, String href, boolean external, boolean active, String html,
                             String className, List<NavbarItemView> items) {

    /** The kinds of navbar items after resolution: {@code doc} and {@code docSidebar} items are links. */
    public enum Kind { LINK, DROPDOWN, HTML, SEARCH }

    public NavbarItemView {
        items = List.copyOf(items);
    }

    /** {@code link}, {@code dropdown}, {@code html} or {@code search}. */
    public String getType() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
