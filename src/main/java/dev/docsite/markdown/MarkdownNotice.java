package dev.docsite.markdown;

import dev.docsite.problem.ProblemCode;

/**
 * Something in a page that renders but probably not as the writer meant; the content stage reports it as a warning
 * of the page ({@code PageLoader}).
 *
 * @param code    {@link ProblemCode#UNKNOWN_COMPONENT}, {@link ProblemCode#UNKNOWN_ADMONITION},
 *                {@link ProblemCode#UNCLOSED_ADMONITION}
 * @param line    1-based source line
 * @param column  1-based source column
 * @param message what happened and what to do
 */
public record MarkdownNotice(ProblemCode code, int line, int column, String message) {
}
