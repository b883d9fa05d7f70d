package dev.docsite.js;

import dev.docsite.problem.LocatedException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A script could not be evaluated: a syntax error, an exception it threw, a promise it rejected, or a file it tried
 * to read outside the allowed folders. Carries where (file, 1-based line and column, when the engine knows them)
 * and the engine's message, so the caller can print {@code file:line:col: error: message} without a stack trace.
 */
public final class JsException extends LocatedException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the script the error is located in, or {@code null} when unknown
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param reason the engine's message, e.g. {@code SyntaxError: Expected ; but found foo}
     */
    public JsException(Path file, int line, int column, String reason) {
        super(format(file, line, column, reason), line, column, reason);
        this.file = file;
    }

    /** The script the error is located in, when known. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private static String format(Path file, int line, int column, String reason) {
        if (file == null) {
            return reason;
        }
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + reason;
    }
}
