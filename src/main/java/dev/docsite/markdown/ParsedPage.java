package dev.docsite.markdown;

import java.util.List;

/**
 * What one parse of a page body yields.
 *
 * @param outline headings, anchors, links and KPI references
 * @param body    the body HTML with its links and widgets left open, or {@code null} when it was not kept (the page
 *                is then parsed again when it is rendered)
 * @param notices constructs rendered leniently (unknown components, unknown or unclosed admonitions), in document
 *                order; the content stage reports them as warnings
 */
public record ParsedPage(PageOutline outline, BodyTemplate body, List<MarkdownNotice> notices) {

    public ParsedPage {
        notices = List.copyOf(notices);
    }

    /** A parse without notices. */
    public ParsedPage(PageOutline outline, BodyTemplate body) {
        this(outline, body, List.of());
    }
}
