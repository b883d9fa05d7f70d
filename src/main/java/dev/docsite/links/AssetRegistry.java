package dev.docsite.links;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files that pages reference and that must be copied into the output, with where they go there.
 * Files of a static folder keep their path (the folders are copied as a whole); files of a content root keep their
 * path under the root's route ({@code docs/img/a.png} for a root at {@code /docs}); other readable files go under
 * {@code _assets/}, by their path from the site folder.
 */
public final class AssetRegistry {

    private final Path siteRoot;
    private final List<ContentRoot> contentRoots;
    private final List<Path> staticDirs;
    private final Map<Path, String> assets = new ConcurrentHashMap<>();

    public AssetRegistry(SiteConfig config) {
        this.siteRoot = config.siteRoot();
        this.contentRoots = config.contentRoots();
        this.staticDirs = config.staticDirs();
    }

    /** Records {@code source} (a readable file) and returns its path in the output. */
    public String register(Path source) {
        return assets.computeIfAbsent(source, this::outputPath);
    }

    private String outputPath(Path source) {
        for (Path dir : staticDirs) {
            if (source.startsWith(dir)) {
                return slashes(dir.relativize(source));
            }
        }
        for (ContentRoot root : contentRoots) {
            if (source.startsWith(root.dir())) {
                return root.urlPrefix() + slashes(root.dir().relativize(source));
            }
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

    /** Referenced files outside the static folders, which the output stage must copy: source → output path. */
    public Map<Path, String> toCopy() {
        Map<Path, String> copy = new TreeMap<>();
        assets.forEach((src, out) -> {
            if (staticDirs.stream().noneMatch(src::startsWith)) {
                copy.put(src, out);
            }
        });
        return copy;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
