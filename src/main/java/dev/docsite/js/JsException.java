package dev.docsite.js;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A script could not be evaluated: a syntax error, an exception it threw, a promise it rejected, or a file it tried
 * to read outside the allowed folders. Carries where (file, 1-based line and column, when the engine knows them)
 * and the engine's message, so the caller can print {@code file:line:col: error: message} without a stack trace.
 */
public final class JsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file the script the error is located in, or {@code null} when unknown
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param reason the engine's message, e.g. {@code SyntaxError: Expected ; but found foo}
     */
    public JsException(Path file, int line, int column, String reason) {
        super(format(file, line, column, reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The script the error is located in, when known. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The engine's message without the location. */
    public String reason() {
        return reason;
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
