package dev.docsite.templates;

import java.util.List;

/**
 * A configured footer ({@code themeConfig.footer}) as a template shows it on one page.
 *
 * @param style     {@code light} or {@code dark}
 * @param columns   link columns in the order written (one untitled column for a flat list of links)
 * @param copyright HTML as the site owner wrote it, printed as it is, or {@code null}
 * @param logo      the footer logo, or {@code null}
 */
public record FooterView(String style, List<FooterColumnView> columns, String copyright, LogoView logo) {

    public FooterView {
        columns = List.copyOf(columns);
    }

    /** A column of footer links, with its title ({@code null} for none). */
    public record FooterColumnView(String title, List<FooterLinkView> items) {

        public FooterColumnView {
            items = List.copyOf(items);
        }
    }

    /**
     * A footer link, or an HTML item.
     *
     * @param label    text shown (escaped by the template)
     * @param href     relative to the page, or an external URL
     * @param external opened in a new tab with {@code rel="noopener noreferrer"}
     * @param html     an HTML item's markup, written as it is, or {@code null}
     */
    public record FooterLinkView(String label, String href, boolean external, String html) {
    }
}
