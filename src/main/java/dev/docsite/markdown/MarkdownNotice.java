package dev.docsite.markdown;

/**
 * Something in a page that renders but probably not as the writer meant; the pipeline may turn it into a warning.
 *
 * @param code    stable code: {@code unknown-component}, {@code unknown-admonition}, {@code unclosed-admonition}
 * @param line    1-based source line
 * @param column  1-based source column
 * @param message what happened and what to do
 */
public record MarkdownNotice(String code, int line, int column, String message) {
}
