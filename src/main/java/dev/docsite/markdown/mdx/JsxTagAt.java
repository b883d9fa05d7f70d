package dev.docsite.markdown.mdx;

/**
 * A component tag and where it starts in the page.
 *
 * @param tag    the tag
 * @param line   1-based source line of the tag
 * @param column 1-based source column of its {@code <}
 */
public record JsxTagAt(JsxTag tag, int line, int column) {
}
