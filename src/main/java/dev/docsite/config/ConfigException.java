package dev.docsite.config;

/**
 * The configuration or command line is unusable; the CLI exits with code 2 and prints the message. An error located
 * in a configuration file reads like a compiler's, {@code docusaurus.config.js:12:5: error: ...}.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean located;

    public ConfigException(String message) {
        super(message);
        this.located = false;
    }

    /**
     * An error in a configuration file.
     *
     * @param file   the file as shown to the user (relative to the site folder when inside it)
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public ConfigException(String file, int line, int column, String message) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": error: " + message);
        this.located = true;
    }

    /** Whether the message starts with {@code file:line:col: error:} (and needs no {@code docsite:} prefix). */
    public boolean located() {
        return located;
    }
}
