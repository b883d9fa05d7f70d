package dev.docsite.markdown;

/**
 * What one parse of a page body yields.
 *
 * @param outline headings, anchors, links and KPI references
 * @param body    the body HTML with its links and widgets left open, or {@code null} when it was not kept (the page
 *                is then parsed again when it is rendered)
 */
public record ParsedPage(PageOutline outline, BodyTemplate body) {
}
