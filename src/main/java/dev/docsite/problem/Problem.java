package dev.docsite.problem;

import java.util.Objects;

/**
 * One thing wrong with the input, located like a compiler diagnostic.
 *
 * @param severity error or warning
 * @param code     what kind of problem it is; printed as its stable id, such as {@code broken-link}
 * @param file     path as shown to the user (relative to the site root when possible), or {@code null}
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong and, where possible, what to do
 * @param target   the raw link target / KPI id / key the problem is about, or {@code null}
 */
public record Problem(Severity severity, ProblemCode code, String file, int line, int column, String message, String target) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(ProblemCode code, String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, code, file, line, column, message, null);
    }

    public static Problem warning(ProblemCode code, String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, code, file, line, column, message, null);
    }

    public Problem withTarget(String newTarget) {
        return new Problem(severity, code, file, line, column, message, newTarget);
    }

    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, code, file, line, column, message, target);
    }

    /** {@code file:line:col: severity: message [code]}, omitting unknown parts. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        sb.append(severity.label()).append(": ").append(message).append(" [").append(code.id()).append(']');
        return sb.toString();
    }
}
