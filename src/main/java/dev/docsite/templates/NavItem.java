package dev.docsite.templates;

import java.util.List;
import java.util.Locale;

/**
 * One entry of the sidebar as a template shows it: a doc, a link, an HTML block or a category holding its items.
 * Templates tell them apart by {@code item.type} ({@code doc}, {@code link}, {@code html}, {@code category}, the names
 * of Docusaurus's item types). Built with {@link #builder()}.
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
 * @param children     a category's items when it is shown open; empty for a closed category (its items are filled
 *                     in by the theme script from the sidebar's data file) and for other entries
 * @param fill         for a closed category: where the theme script finds its items; {@code null} otherwise
 */
public record NavItem(Kind kind, String label, String url, boolean active, boolean activeBranch, boolean expanded,
                      boolean collapsible, boolean external, String className, String rawHtml, boolean defaultStyle,
                      List<NavItem> children, Fill fill) {

    /** The kinds of sidebar entries. */
    public enum Kind { DOC, LINK, HTML, CATEGORY }

    /**
     * A closed category whose items are not in the page: the page would carry every closed branch of the sidebar
     * otherwise (on a 10,000-page site, most of every page). The theme script reads them from the data file of
     * sidebar {@code sidebar} when the category is opened.
     *
     * @param sidebar  the sidebar's number, which names its data file ({@code assets/sidebars/<sidebar>.js})
     * @param category the category's number in that file
     * @param firstUrl where the label leads without JavaScript when the category has no link of its own: its first
     *                 doc (or linked category), relative to where the sidebar is shown; {@code null} when it has none
     */
    public record Fill(int sidebar, int category, String firstUrl) {
    }

    public NavItem {
        children = List.copyOf(children);
    }

    /** A builder for an entry of {@code kind} with every flag false, no URL, class or HTML, no items and no fill. */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /**
     * A doc entry or a collapsible category without author classes, as the folder sidebar has them.
     *
     * @param expanded for a category: shown open and on the page's branch
     */
    public NavItem(String label, String url, boolean active, boolean expanded, boolean category,
                   List<NavItem> children) {
        this(category ? Kind.CATEGORY : Kind.DOC, label, url, active, category && expanded, expanded, true, false, null,
                null, false, children, null);
    }

    /** {@code doc}, {@code link}, {@code html} or {@code category}. */
    public String getType() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public boolean isCategory() {
        return kind == Kind.CATEGORY;
    }

    /** Builds a {@link NavItem} field by field; fields not set keep the defaults of {@link #builder(Kind)}. */
    public static final class Builder {
        private final Kind kind;
        private String label = "";
        private String url;
        private boolean active;
        private boolean activeBranch;
        private boolean expanded;
        private boolean collapsible;
        private boolean external;
        private String className;
        private String rawHtml;
        private boolean defaultStyle;
        private List<NavItem> children = List.of();
        private Fill fill;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder label(String value) { this.label = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder active(boolean value) { this.active = value; return this; }
        public Builder activeBranch(boolean value) { this.activeBranch = value; return this; }
        public Builder expanded(boolean value) { this.expanded = value; return this; }
        public Builder collapsible(boolean value) { this.collapsible = value; return this; }
        public Builder external(boolean value) { this.external = value; return this; }
        public Builder className(String value) { this.className = value; return this; }
        public Builder rawHtml(String value) { this.rawHtml = value; return this; }
        public Builder defaultStyle(boolean value) { this.defaultStyle = value; return this; }
        public Builder children(List<NavItem> value) { this.children = value; return this; }
        public Builder fill(Fill value) { this.fill = value; return this; }

        public NavItem build() {
            return new NavItem(kind, label, url, active, activeBranch, expanded, collapsible, external, className,
                    rawHtml, defaultStyle, children, fill);
        }
    }
}
