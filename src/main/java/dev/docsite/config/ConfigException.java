package dev.docsite.config;

import dev.docsite.problem.LocatedException;

/**
 * The configuration or command line is unusable; the CLI exits with code 2 and prints the message. An error located
 * in a configuration file reads like a compiler's, {@code docusaurus.config.js:12:5: error: ...}.
 */
public final class ConfigException extends LocatedException {
    private static final long serialVersionUID = 1L;

    private final String file;

    public ConfigException(String message) {
        super(message, 0, 0, message);
        this.file = null;
    }

    /**
     * An error in a configuration file.
     *
     * @param file   the file as shown to the user (relative to the site folder when inside it)
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public ConfigException(String file, int line, int column, String message) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": error: " + message,
                line, column, message);
        this.file = file;
    }

    /** Whether the message starts with {@code file:line:col: error:} (and needs no {@code docsite:} prefix). */
    public boolean located() {
        return file != null;
    }

    /** The configuration file at fault as shown to the user, or {@code null} when the error is not located. */
    public String file() {
        return file;
    }
}
