package dev.docsite.markdown.partial;

import java.nio.file.Path;

/**
 * A Markdown file included by a page.
 *
 * @param path    absolute, normalised path
 * @param display the path as shown in problems
 * @param body    its text with any frontmatter blanked out (line numbers kept)
 */
public record Partial(Path path, String display, String body) {
}
