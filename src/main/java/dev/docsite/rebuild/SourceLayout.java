package dev.docsite.rebuild;

import dev.docsite.config.ConfigSource;
import dev.docsite.config.ContentRoot;
import dev.docsite.docusaurus.DocusaurusConfigReader;
import dev.docsite.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a site's inputs live on disk, and what a changed path is. Derived from the configuration; a change of
 * {@code site.yml}, the Docusaurus configuration or a sidebars file may move folders, so the preview server derives it
 * again after a reload.
 *
 * @param siteRoot     the site folder
 * @param contentDirs  every content root's folder (docs instances, {@code src/pages})
 * @param staticDirs   every static folder
 * @param templatesDir template overrides
 * @param feedFile     KPI feed file, or {@code null} when no feed is configured or it is a URL
 * @param configFiles  files whose change means reading the configuration again ({@code site.yml},
 *                     {@code docusaurus.config.*}, sidebars files)
 * @param ignored      folders whose changes never matter (output, state)
 */
public record SourceLayout(Path siteRoot, List<Path> contentDirs, List<Path> staticDirs, Path templatesDir,
                           Path feedFile, List<Path> configFiles, List<Path> ignored) {

    public SourceLayout {
        contentDirs = List.copyOf(contentDirs);
        staticDirs = List.copyOf(staticDirs);
        configFiles = List.copyOf(configFiles);
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
        List<Path> contentDirs = config.contentRoots().stream().map(ContentRoot::dir).toList();
        List<Path> statics = config.staticDirs().isEmpty() ? List.of(config.staticDir()) : config.staticDirs();
        return new SourceLayout(config.siteRoot(), contentDirs, statics, config.templatesDir(), feed,
                ConfigSource.files(config), List.of(config.outDir(), config.stateDir()));
    }

    /**
     * Folders to watch: the input folders recursively (a folder inside another is watched through it), the site root
     * and the folders of the feed and of configuration files outside it, for single files.
     */
    public List<WatchRoot> watchRoots() {
        List<WatchRoot> roots = new ArrayList<>();
        roots.add(new WatchRoot(siteRoot, false));
        List<Path> recursive = new ArrayList<>(contentDirs);
        recursive.addAll(staticDirs);
        recursive.add(templatesDir);
        for (Path dir : recursive) {
            if (recursive.stream().noneMatch(other -> !other.equals(dir) && dir.startsWith(other))
                    && roots.stream().noneMatch(r -> r.recursive() && r.dir().equals(dir))) {
                roots.add(new WatchRoot(dir, true));
            }
        }
        List<Path> singles = new ArrayList<>(configFiles);
        if (feedFile != null) {
            singles.add(feedFile);
        }
        for (Path file : singles) {
            Path parent = file.getParent();
            if (parent != null && roots.stream().noneMatch(r -> r.dir().equals(parent)
                    || r.recursive() && parent.startsWith(r.dir()))) {
                roots.add(new WatchRoot(parent, false));
            }
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
        if (configFiles.contains(p) || p.getParent() != null && p.getParent().equals(siteRoot)
                && DocusaurusConfigReader.CONFIG_FILES.contains(name)) {
            return ChangeKind.CONFIG;
        }
        for (Path contentDir : contentDirs) {
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
        }
        if (p.startsWith(templatesDir)) {
            return ChangeKind.TEMPLATE;
        }
        for (Path staticDir : staticDirs) {
            if (p.startsWith(staticDir)) {
                return ChangeKind.STATIC;
            }
        }
        return ChangeKind.IGNORED;
    }

    /** Swap and backup files editors write next to the real file while saving. */
    static boolean isEditorTemporary(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.startsWith(".#") || name.equals("4913") || (name.startsWith("#") && name.endsWith("#"));
    }
}
