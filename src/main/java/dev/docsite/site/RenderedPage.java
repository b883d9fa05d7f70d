package dev.docsite.site;

import dev.docsite.content.Page;

/**
 * One page rendered.
 *
 * @param page        the page
 * @param html        the complete HTML document
 * @param contentHtml the rendered body alone (for the search index)
 */
public record RenderedPage(Page page, String html, String contentHtml) {
}
