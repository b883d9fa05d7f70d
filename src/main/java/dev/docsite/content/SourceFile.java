package dev.docsite.content;

import dev.docsite.config.ContentRoot;
import java.nio.file.Path;

/**
 * A page file found under a content root.
 *
 * @param path        absolute path
 * @param relPath     path relative to its content root, with {@code /} separators ({@code guides/01-intro.md})
 * @param displayPath path shown in problems (relative to the site root)
 * @param root        the content root it was found in, which decides its URL prefix and how its URL is made
 */
public record SourceFile(Path path, String relPath, String displayPath, ContentRoot root) {

    /** A file of docsite's single content folder, published at the root. */
    public SourceFile(Path path, String relPath, String displayPath) {
        this(path, relPath, displayPath, ContentRoot.docsAtRoot(rootDir(path, relPath)));
    }

    private static Path rootDir(Path path, String relPath) {
        Path dir = path.toAbsolutePath().normalize();
        for (int i = 0, n = relPath.split("/").length; i < n && dir.getParent() != null; i++) {
            dir = dir.getParent();
        }
        return dir;
    }

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
