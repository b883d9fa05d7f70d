package dev.docsite.content;

import dev.docsite.config.ContentRoot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code _category_} metadata of every content root, each root's by folder relative to that root: the same
 * folder in two roots (a docs version and its copy in {@code versioned_docs/version-1.0/}) keeps its own label,
 * position and link, as each version of Docusaurus's docs plugin reads its own folder.
 *
 * @param byRoot each root's folder metadata by content-relative folder path, keyed by the root's folder
 */
public record Categories(Map<Path, Map<String, Category>> byRoot) {

    /** No root, no category. */
    public static final Categories NONE = new Categories(Map.of());

    public Categories {
        Map<Path, Map<String, Category>> copy = new LinkedHashMap<>();
        byRoot.forEach((dir, folders) -> copy.put(dir, Map.copyOf(folders)));
        byRoot = Map.copyOf(copy);
    }

    /** The categories of one root. */
    public static Categories of(ContentRoot root, Map<String, Category> folders) {
        return new Categories(Map.of(root.dir(), folders));
    }

    /** These categories and those of {@code other}'s roots; a root already here keeps its own. */
    public Categories and(Categories other) {
        Map<Path, Map<String, Category>> merged = new LinkedHashMap<>(other.byRoot);
        merged.putAll(byRoot);
        return new Categories(merged);
    }

    /** The metadata of {@code root}'s folders by folder path relative to it; empty for a root without folders. */
    public Map<String, Category> in(ContentRoot root) {
        return byRoot.getOrDefault(root.dir(), Map.of());
    }
}
