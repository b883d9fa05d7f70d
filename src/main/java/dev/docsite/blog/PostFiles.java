package dev.docsite.blog;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.ContentTree;
import dev.docsite.content.SourceFile;
import dev.docsite.docusaurus.BlogOptions;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Markdown files of a blog folder are posts: those matching the instance's {@code include} globs and none of
 * its {@code exclude} globs, as Docusaurus's {@code Globby(include, {ignore: exclude})} picks them. A leading
 * {@code **}{@code /} also matches files at the top of the folder, as in globby.
 */
public final class PostFiles {

    /** Compiled globs: a blog of 1,000 posts would otherwise compile each glob a thousand times. */
    private static final Map<String, PathMatcher> MATCHERS = new ConcurrentHashMap<>();

    private PostFiles() {
    }

    /** {@code tree} without the files of blog folders that are no posts. */
    public static ContentTree filter(SiteConfig config, ContentTree tree) {
        if (config.blogs().isEmpty()) {
            return tree;
        }
        List<SourceFile> kept = new ArrayList<>(tree.files().size());
        for (SourceFile file : tree.files()) {
            BlogOptions blog = file.root().kind() == ContentRoot.Kind.BLOG ? options(config, file.root()) : null;
            if (blog == null || matchesAny(blog.include(), file.relPath()) && !matchesAny(blog.exclude(), file.relPath())) {
                kept.add(file);
            }
        }
        return new ContentTree(kept, tree.categories(), tree.problems());
    }

    private static BlogOptions options(SiteConfig config, ContentRoot root) {
        return config.blogs().stream().filter(b -> b.id().equals(root.pluginId())).findFirst().orElse(null);
    }

    static boolean matchesAny(List<String> globs, String relPath) {
        Path path = Path.of(relPath);
        for (String glob : globs) {
            if (matcher(glob).matches(path) || glob.startsWith("**/") && matcher(glob.substring(3)).matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String glob) {
        return MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
}
