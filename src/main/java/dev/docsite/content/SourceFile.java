package dev.docsite.content;

import java.nio.file.Path;

/**
 * A page file found under the content folder.
 *
 * @param path        absolute path
 * @param relPath     path relative to the content folder, with {@code /} separators ({@code guides/01-intro.md})
 * @param displayPath path shown in problems (relative to the site root)
 */
public record SourceFile(Path path, String relPath, String displayPath) {

    /** Folder part of {@link #relPath}, empty for top-level files. */
    public String folder() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }

    /** File name without its {@code .md}/{@code .mdx} extension. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
