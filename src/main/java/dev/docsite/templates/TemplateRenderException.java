package dev.docsite.templates;

/**
 * A theme template could not be loaded, parsed or rendered. The message names the template file, the line, and
 * the Freemarker problem in a line or two, so it can be shown to the writer as is (no stack trace needed).
 */
public final class TemplateRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateFile;
    private final int line;

    public TemplateRenderException(String templateFile, int line, String problem, Throwable cause) {
        super(format(templateFile, line, problem), cause);
        this.templateFile = templateFile;
        this.line = line;
    }

    /** The template as shown to the user: a path inside the site's templates folder, or a built-in theme name. */
    public String templateFile() {
        return templateFile;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    private static String format(String templateFile, int line, String problem) {
        return templateFile + (line > 0 ? ":" + line : "") + ": template error: " + problem;
    }
}
