package dev.docsite.rebuild;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a site's inputs live on disk, and what a changed path is. Derived from the configuration; a {@code site.yml}
 * change may move folders, so the preview server derives it again after a reload.
 *
 * @param siteRoot     folder holding site.yml
 * @param contentDir   Markdown pages
 * @param staticDir    static files
 * @param templatesDir template overrides
 * @param feedFile     KPI feed file, or {@code null} when no feed is configured or it is a URL
 * @param ignored      folders whose changes never matter (output, state)
 */
public record SourceLayout(Path siteRoot, Path contentDir, Path staticDir, Path templatesDir, Path feedFile,
                           List<Path> ignored) {

    public SourceLayout {
        ignored = List.copyOf(ignored);
    }

    /** A folder to watch; {@code recursive} also watches every folder below it, including ones created later. */
    public record WatchRoot(Path dir, boolean recursive) {
    }

    public static SourceLayout of(SiteConfig config) {
        Path feed = null;
        if (config.kpi().enabled() && !config.kpi().isUrl()) {
            feed = config.siteRoot().resolve(config.kpi().feed().trim()).toAbsolutePath().normalize();
        }
        return new SourceLayout(config.siteRoot(), config.contentDir(), config.staticDir(), config.templatesDir(), feed,
                List.of(config.outDir(), config.stateDir()));
    }

    /** Folders to watch: the input folders recursively, the site root and the feed's folder for single files. */
    public List<WatchRoot> watchRoots() {
        List<WatchRoot> roots = new ArrayList<>();
        roots.add(new WatchRoot(siteRoot, false));
        for (Path dir : List.of(contentDir, staticDir, templatesDir)) {
            roots.add(new WatchRoot(dir, true));
        }
        if (feedFile != null && feedFile.getParent() != null) {
            roots.add(new WatchRoot(feedFile.getParent(), false));
        }
        return roots;
    }

    public ChangeKind classify(Path changed) {
        Path p = changed.toAbsolutePath().normalize();
        for (Path dir : ignored) {
            if (p.startsWith(dir)) {
                return ChangeKind.IGNORED;
            }
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (isEditorTemporary(name)) {
            return ChangeKind.IGNORED;
        }
        if (p.equals(feedFile)) {
            return ChangeKind.KPI_FEED;
        }
        if (p.equals(siteRoot.resolve(ConfigLoader.FILE_NAME))) {
            return ChangeKind.CONFIG;
        }
        if (p.startsWith(contentDir)) {
            if (p.equals(contentDir) || Files.isDirectory(p)) {
                return ChangeKind.CONTENT_FOLDER;
            }
            if (name.startsWith("_category_.")) {
                return ChangeKind.CATEGORY;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".md") || lower.endsWith(".mdx") ? ChangeKind.PAGE : ChangeKind.CONTENT_FILE;
        }
        if (p.startsWith(templatesDir)) {
            return ChangeKind.TEMPLATE;
        }
        if (p.startsWith(staticDir)) {
            return ChangeKind.STATIC;
        }
        return ChangeKind.IGNORED;
    }

    /** Swap and backup files editors write next to the real file while saving. */
    static boolean isEditorTemporary(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.equals("4913") || (name.startsWith("#") && name.endsWith("#"));
    }
}
