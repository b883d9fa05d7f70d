package dev.docsite.problem;

/**
 * An error in a file the user wrote, located by 1-based line and column when known, so the caller can print
 * {@code file:line:col: error: reason} or report it as a {@link Problem} without a stack trace. Each subclass keeps
 * the file in the form its stage knows it (as shown to the user, or a path).
 */
public abstract class LocatedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param message the whole message, location included
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param reason  the message without the location
     */
    protected LocatedException(String message, int line, int column, String reason) {
        super(message);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** As {@link #LocatedException(String, int, int, String)}, caused by {@code cause}. */
    protected LocatedException(String message, Throwable cause, int line, int column, String reason) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the location. */
    public String reason() {
        return reason;
    }
}
