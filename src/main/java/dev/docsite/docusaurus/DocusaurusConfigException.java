package dev.docsite.docusaurus;

import dev.docsite.js.JsException;
import dev.docsite.problem.LocatedException;
import java.nio.file.Path;

/**
 * A Docusaurus configuration or sidebars file that cannot be used: it does not evaluate (the message then carries
 * {@code file:line:col} and the engine's message) or a value in it is not what Docusaurus accepts (the message names
 * the file and the option, e.g. {@code themeConfig.navbar.items[2]}).
 */
public final class DocusaurusConfigException extends LocatedException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A value that is not what Docusaurus accepts; {@code where} is the option path, {@code problem} what to fix. */
    public DocusaurusConfigException(Path file, String where, String problem) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem, 0, 0, problem);
        this.file = file;
    }

    /** The file could not be evaluated. */
    public DocusaurusConfigException(Path file, JsException cause) {
        super(cause.file().isPresent() ? cause.getMessage() : file + ": " + cause.getMessage(), cause, cause.line(),
                cause.column(), cause.reason());
        this.file = cause.file().orElse(file);
    }

    /** The file at fault (for an evaluation error, the file the engine located it in). */
    public Path file() {
        return file;
    }
}
