package dev.docsite.templates;

import dev.docsite.problem.IoReason;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a writer is told when a template fails: the failing template (the site's override or the built-in theme's),
 * its line, and Freemarker's message without its tips, FTL stack and loader chain.
 */
final class TemplateFailure {

    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    /** Freemarker's description of its loader chain: noise for a writer, who only needs the missing name. */
    private static final Pattern LOADER_DESCRIPTION = Pattern.compile("\\s*The name was interpreted by this TemplateLoader:.*$");
    private static final String MISSING_VALUE_HINT =
            " (optional values need a default: ${x!\"\"}, or test them with <#if x??>)";

    private final String templateName;
    private final Path siteTemplatesDir;

    private TemplateFailure(String templateName, Path siteTemplatesDir) {
        this.templateName = templateName;
        this.siteTemplatesDir = siteTemplatesDir;
    }

    /** The error for {@code e}, thrown while {@code templateName} was rendered. */
    static TemplateRenderException of(Exception e, String templateName, Path siteTemplatesDir) {
        return new TemplateFailure(templateName, siteTemplatesDir).describe(e);
    }

    private TemplateRenderException describe(Exception e) {
        if (e instanceof ParseException parse) {
            return parseError(parse);
        }
        if (e instanceof TemplateException template) {
            // A partial that fails to parse surfaces at its #include; blame the partial, not the includer.
            ParseException parse = parseCause(template);
            if (parse != null) {
                return parseError(parse);
            }
            Integer line = template.getLineNumber();
            return new TemplateRenderException(displayName(template.getTemplateSourceName()),
                    line == null ? 0 : line, summary(template.getMessageWithoutStackTop()), template);
        }
        return new TemplateRenderException(displayName(null), 0,
                "cannot read template: " + IoReason.of((IOException) e), e);
    }

    private TemplateRenderException parseError(ParseException e) {
        return new TemplateRenderException(displayName(e.getTemplateName()), e.getLineNumber(),
                oneLine(e.getEditorMessage()), e);
    }

    private static ParseException parseCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** Where the failing template came from: the override's path, or the built-in theme. */
    private String displayName(String sourceName) {
        String name = sourceName != null ? sourceName : templateName;
        Path override = siteTemplatesDir.resolve(name);
        return Files.isRegularFile(override) ? override.toString() : ThemeRenderer.BUILT_IN_FOLDER + "/" + name + " (built-in theme)";
    }

    /** Freemarker's message without the tips and FTL stack: the lines before the first {@code ----} separator. */
    private static String summary(String message) {
        if (message == null) {
            return "unknown error";
        }
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (line.startsWith("----")) {
                break;
            }
            String cleaned = LOCATION_SUFFIX.matcher(line).replaceAll("").strip();
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }
        if (lines.isEmpty()) {
            return oneLine(message);
        }
        String summary = LOADER_DESCRIPTION.matcher(String.join(" ", lines)).replaceAll("");
        return summary.contains("evaluated to null or missing") ? summary + MISSING_VALUE_HINT : summary;
    }

    private static String oneLine(String text) {
        return text == null ? "unknown error" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
