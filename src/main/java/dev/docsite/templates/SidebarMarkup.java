package dev.docsite.templates;

import freemarker.core.HTMLOutputFormat;
import java.util.List;

/**
 * The markup of the built-in {@code partials/sidebar.ftlh}, written in Java: the same bytes for the same
 * {@link NavItem}s ({@code SidebarMarkupTest} renders both on every kind and flag of item). On sites with many small
 * folders nearly every page has a sidebar of its own (its open branch and the folder its links are relative to), and
 * drawing hundreds of items per page through Freemarker's directives and object wrapping was the largest cost of a
 * build. {@link ThemeRenderer} uses it only while the site does not override the partial. Text is escaped as the
 * template's HTML output format escapes it.
 */
final class SidebarMarkup {

    private final StringBuilder out;

    private SidebarMarkup(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** The sidebar of {@code items}, as {@code partials/sidebar.ftlh} writes it. */
    static String of(List<NavItem> items) {
        SidebarMarkup markup = new SidebarMarkup(256 + 160 * items.size());
        markup.out.append(HEAD);
        for (NavItem item : items) {
            markup.item(item, 0);
        }
        markup.out.append(TAIL);
        return markup.out.toString();
    }

    /** What {@link #of} writes before the top-level items. */
    static final String HEAD = "<aside id=\"sidebar\" class=\"sidebar\" aria-label=\"Sidebar\">\n"
            + "<nav class=\"menu\" aria-label=\"Documentation\">\n<ul class=\"menu-list menu-level-0\">\n";

    /** What {@link #of} writes after the top-level items. */
    static final String TAIL = "</ul>\n</nav>\n</aside>\n";

    /** One top-level item as {@link #of} writes it. */
    static String topLevelItem(NavItem item) {
        SidebarMarkup markup = new SidebarMarkup(256);
        markup.item(item, 0);
        return markup.out.toString();
    }

    private void list(List<NavItem> items, int level) {
        out.append("<ul class=\"menu-list menu-level-").append(level).append("\">\n");
        for (NavItem item : items) {
            item(item, level);
        }
        out.append("</ul>\n");
    }

    private void item(NavItem item, int level) {
        switch (item.kind()) {
            case CATEGORY -> category(item, level);
            case LINK -> link(item);
            case HTML -> html(item);
            default -> doc(item);
        }
    }

    private void category(NavItem item, int level) {
        boolean firstLink = item.collapsible() && item.url() == null && !item.expanded() && item.fill() != null
                && item.fill().firstUrl() != null;
        out.append("<li class=\"menu-category");
        if (item.url() != null && item.collapsible() || firstLink) {
            out.append(" menu-category-linked");
        }
        if (!item.collapsible()) {
            out.append(" menu-category-static");
        }
        if (item.activeBranch()) {
            out.append(" menu-active-branch");
        }
        if (item.className() != null) {
            out.append(' ').append(escape(item.className()));
        }
        out.append("\">\n");
        if (!item.collapsible()) {
            navLink(item);
            list(item.children(), level + 1);
        } else if (item.url() != null) {
            navLink(item);
            details(item, item.expanded());
            out.append("<summary class=\"menu-caret\" aria-label=\"").append(escape(item.label()))
                    .append("\"></summary>\n");
            children(item, level);
        } else if (firstLink) {
            out.append("<a class=\"menu-link menu-link-first\" href=\"").append(escape(item.fill().firstUrl()))
                    .append("\">").append(escape(item.label())).append("</a>\n");
            details(item, false);
            out.append("<summary class=\"menu-caret\" aria-label=\"").append(escape(item.label()))
                    .append("\"></summary>\n</details>\n");
        } else {
            details(item, item.expanded());
            out.append("<summary class=\"menu-category-label\"><span class=\"menu-link menu-link-nolink\">")
                    .append(escape(item.label())).append("</span></summary>\n");
            children(item, level);
        }
        out.append("</li>\n");
    }

    /** {@code <details>} opened, with the theme script's reference to the category's items when it is closed. */
    private void details(NavItem item, boolean open) {
        out.append("<details");
        if (open) {
            out.append(" open");
        }
        if (item.fill() != null) {
            out.append(" data-sidebar=\"").append(item.fill().sidebar())
                    .append("\" data-category=\"").append(item.fill().category()).append('"');
        }
        out.append(">\n");
    }

    private void children(NavItem item, int level) {
        if (item.expanded()) {
            list(item.children(), level + 1);
        }
        out.append("</details>\n");
    }

    private void link(NavItem item) {
        out.append("<li class=\"menu-link-item");
        if (item.className() != null) {
            out.append(' ').append(escape(item.className()));
        }
        out.append("\"><a href=\"").append(escape(item.url())).append('"');
        if (item.external()) {
            out.append(" target=\"_blank\" rel=\"noopener noreferrer\" class=\"menu-external\"");
        }
        out.append('>').append(escape(item.label())).append("</a></li>\n");
    }

    private void html(NavItem item) {
        out.append("<li class=\"menu-html");
        if (item.defaultStyle()) {
            out.append(" menu-html-default");
        }
        if (item.className() != null) {
            out.append(' ').append(escape(item.className()));
        }
        out.append("\">").append(item.rawHtml()).append("</li>\n");
    }

    private void doc(NavItem item) {
        out.append("<li");
        if (item.active() || item.className() != null) {
            out.append(" class=\"");
            if (item.active()) {
                out.append("menu-item-active");
            }
            if (item.className() != null) {
                out.append(item.active() ? " " : "").append(escape(item.className()));
            }
            out.append('"');
        }
        out.append('>');
        navLink(item);
        out.append("</li>\n");
    }

    private void navLink(NavItem item) {
        if (item.url() != null) {
            out.append("<a href=\"").append(escape(item.url())).append('"');
            if (item.active()) {
                out.append(" aria-current=\"page\"");
            }
            out.append('>').append(escape(item.label())).append("</a>\n");
        } else {
            out.append("<span class=\"menu-link menu-link-nolink\">").append(escape(item.label())).append("</span>\n");
        }
    }

    private static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
