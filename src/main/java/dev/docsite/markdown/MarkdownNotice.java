package dev.docsite.markdown;

import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;

/**
 * Something in a page that renders but probably not as the writer meant, or a partial that cannot be included; the
 * content stage reports it as a problem of the page ({@code PageLoader}).
 *
 * @param code     {@link ProblemCode#UNKNOWN_COMPONENT}, {@link ProblemCode#UNKNOWN_ADMONITION},
 *                 {@link ProblemCode#UNCLOSED_ADMONITION}, {@link ProblemCode#PARTIAL}
 * @param severity warning, or error for a partial that cannot be included
 * @param file     the partial it is in (as shown in problems), or {@code null} when it is in the page itself
 * @param line     1-based source line
 * @param column   1-based source column
 * @param message  what happened and what to do
 */
public record MarkdownNotice(ProblemCode code, Severity severity, String file, int line, int column, String message) {

    /** A warning about the page itself. */
    public MarkdownNotice(ProblemCode code, int line, int column, String message) {
        this(code, Severity.WARNING, null, line, column, message);
    }
}
