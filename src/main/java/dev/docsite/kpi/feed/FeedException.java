package dev.docsite.kpi.feed;

/**
 * The feed could not be read or parsed. The message is written for the site author and names the feed; line and
 * column locate the problem in the feed body when known (0 otherwise).
 */
public final class FeedException extends Exception {

    private final int line;
    private final int column;

    public FeedException(String message) {
        this(message, 0, 0);
    }

    public FeedException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
