package dev.docsite.js;

import java.nio.file.Path;

/**
 * An npm package (or a Node built-in docsite does not provide) a script required, and the file that first required
 * it, so that a warning can name the line.
 *
 * @param name the module as requested ({@code @typescript-eslint/eslint-plugin})
 * @param file the requiring script, or {@code null} when it is not a file of the site
 */
public record MissingModule(String name, Path file) {
}
