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
 * @param versionChoice for an item that follows or sets the reader's preferred docs version, what the theme script
 *                  needs for it; else {@code null}
 */
public record NavbarItemView(Kind kind, String label, String href, boolean external, boolean active, String html,
                             String className, List<NavbarItemView> items, VersionChoice versionChoice) {

    /** The kinds of navbar items after resolution: {@code doc} and {@code docSidebar} items are links. */
    public enum Kind { LINK, DROPDOWN, HTML, SEARCH }

    public NavbarItemView {
        items = List.copyOf(items);
    }

    /** An item that has nothing to do with the preferred docs version. */
    public NavbarItemView(Kind kind, String label, String href, boolean external, boolean active, String html,
                          String className, List<NavbarItemView> items) {
        this(kind, label, href, external, active, html, className, items, null);
    }

    /** This item with {@code choice}. */
    public NavbarItemView withVersionChoice(VersionChoice choice) {
        return new NavbarItemView(kind, label, href, external, active, html, className, items, choice);
    }

    /** {@code link}, {@code dropdown}, {@code html} or {@code search}. */
    public String getType() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
