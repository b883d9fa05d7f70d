package dev.docsite.docusaurus;

import dev.docsite.js.JsException;
import java.nio.file.Path;

/**
 * A Docusaurus configuration or sidebars file that cannot be used: it does not evaluate (the message then carries
 * {@code file:line:col} and the engine's message) or a value in it is not what Docusaurus accepts (the message names
 * the file and the option, e.g. {@code themeConfig.navbar.items[2]}).
 */
public final class DocusaurusConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    /** A value that is not what Docusaurus accepts; {@code where} is the option path, {@code problem} what to fix. */
    public DocusaurusConfigException(Path file, String where, String problem) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    /** The file could not be evaluated. */
    public DocusaurusConfigException(Path file, JsException cause) {
        super(cause.file().isPresent() ? cause.getMessage() : file + ": " + cause.getMessage(), cause);
        this.file = cause.file().orElse(file);
        this.line = cause.line();
        this.column = cause.column();
    }

    /** The file at fault (for an evaluation error, the file the engine located it in). */
    public Path file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }
}
