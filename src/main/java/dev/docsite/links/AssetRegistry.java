package dev.docsite.links;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files that pages reference and that must be copied into the output, with where they go there.
 * Files of the static folder keep their path (the folder is copied as a whole); files of the content folder keep
 * their content-relative path; other files inside the site root go under {@code _assets/}.
 */
public final class AssetRegistry {

    private final Path siteRoot;
    private final Path contentDir;
    private final Path staticDir;
    private final Map<Path, String> assets = new ConcurrentHashMap<>();

    public AssetRegistry(Path siteRoot, Path contentDir, Path staticDir) {
        this.siteRoot = siteRoot;
        this.contentDir = contentDir;
        this.staticDir = staticDir;
    }

    /** Records {@code source} (inside the site root) and returns its path in the output. */
    public String register(Path source) {
        return assets.computeIfAbsent(source, this::outputPath);
    }

    private String outputPath(Path source) {
        if (source.startsWith(staticDir)) {
            return slashes(staticDir.relativize(source));
        }
        if (source.startsWith(contentDir)) {
            return slashes(contentDir.relativize(source));
        }
        return "_assets/" + slashes(siteRoot.relativize(source));
    }

    /**
     * Takes over the files {@code previous} registered, for pages whose links were not resolved again (the preview
     * after an edit). A file no longer referenced may stay registered until the next full check.
     */
    public void adopt(AssetRegistry previous) {
        assets.putAll(previous.assets);
    }

    /** Referenced files outside the static folder, which the output stage must copy: source → output path. */
    public Map<Path, String> toCopy() {
        Map<Path, String> copy = new TreeMap<>();
        assets.forEach((src, out) -> {
            if (!src.startsWith(staticDir)) {
                copy.put(src, out);
            }
        });
        return copy;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
