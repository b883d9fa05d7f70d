package dev.docsite.templates;

import java.util.List;
import java.util.Locale;

/**
 * One entry of the sidebar as a template shows it: a doc, a link, an HTML block or a category holding its items.
 * Templates tell them apart by {@code item.type} ({@code doc}, {@code link}, {@code html}, {@code category}, the names
 * of Docusaurus's item types).
 *
 * @param kind         what the entry is
 * @param label        text shown (empty for an HTML block)
 * @param url          link target relative to the page being rendered, or {@code null} (a category without link, an
 *                     HTML block)
 * @param active       the entry links to the page being rendered
 * @param activeBranch a category holding the page being rendered, or linking to it
 * @param expanded     a category shown open: not collapsed, or on the page's branch, or not collapsible
 * @param collapsible  a category that can be opened and closed (else it is always open, with no toggle)
 * @param external     a link leaving the site
 * @param className    CSS class given by the sidebar's author, or {@code null}
 * @param rawHtml      an HTML block's markup, written as it is, or {@code null}
 * @param defaultStyle an HTML block styled like a sidebar entry
 * @param children     a category's items, all of them whether it is open or not; empty for other entries
 */
public record NavItem(Kind kind, String label, String url, boolean active, boolean activeBranch, boolean expanded,
                      boolean collapsible, boolean external, String className, String rawHtml, boolean defaultStyle,
                      List<NavItem> children) {

    /** The kinds of sidebar entries. */
    public enum Kind { DOC, LINK, HTML, CATEGORY }

    public NavItem {
        children = List.copyOf(children);
    }

    /**
     * A doc entry or a collapsible category without author classes, as the folder sidebar has them.
     *
     * @param expanded for a category: shown open and on the page's branch
     */
    public NavItem(String label, String url, boolean active, boolean expanded, boolean category,
                   List<NavItem> children) {
        this(category ? Kind.CATEGORY : Kind.DOC, label, url, active, category && expanded, expanded, true, false, null,
                null, false, children);
    }

    /** {@code doc}, {@code link}, {@code html} or {@code category}. */
    public String getType() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public boolean isCategory() {
        return kind == Kind.CATEGORY;
    }
}
