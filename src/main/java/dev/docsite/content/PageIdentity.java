package dev.docsite.content;

import dev.docsite.config.ContentRoot;
import dev.docsite.docusaurus.NumberPrefix;
import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.web.UrlPath;
import java.util.Locale;

/**
 * Computes a page's doc id and URL the way Docusaurus does: the root's route base path + folder path + ({@code slug}
 * or {@code id} or file name), number prefixes stripped; a folder's index page takes the folder's URL. Pages of the
 * pages plugin keep their file path ({@code src/pages/help/index.md} is {@code help/}); blog posts take their
 * {@code slug}, else the date and text of their file name ({@link BlogFileName}).
 */
public final class PageIdentity {

    private PageIdentity() {
    }

    public static boolean isCategoryIndex(SourceFile file) {
        if (file.root().kind() == ContentRoot.Kind.BLOG) {
            return false;
        }
        if (file.root().kind() == ContentRoot.Kind.PAGES) {
            return file.baseName().equals("index");
        }
        String base = NumberPrefix.strip(file.baseName()).toLowerCase(Locale.ROOT);
        if (base.equals("index") || base.equals("readme")) {
            return true;
        }
        String folder = file.folder();
        if (folder.isEmpty()) {
            return false;
        }
        String folderName = NumberPrefix.strip(folder.substring(folder.lastIndexOf('/') + 1));
        return base.equalsIgnoreCase(folderName);
    }

    public static String docId(SourceFile file, FrontMatter fm) {
        if (file.root().kind() == ContentRoot.Kind.BLOG) {
            return file.relPath().replaceFirst("\\.mdx?$", ""); // unique in the blog, like Docusaurus's source path
        }
        if (file.root().kind() == ContentRoot.Kind.PAGES) {
            return join(file.folder(), file.baseName());
        }
        String folder = NumberPrefix.stripPath(file.folder());
        String name = fm.id() != null && !fm.id().isBlank() ? fm.id().strip() : NumberPrefix.strip(file.baseName());
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /** URL relative to the site root, ending with {@code /} (or empty for the home page). */
    public static String url(SourceFile file, FrontMatter fm) {
        return file.root().urlPrefix().isEmpty() ? pathInRoot(file, fm)
                : folderUrl(UrlPath.segments(file.root().urlPrefix() + pathInRoot(file, fm)));
    }

    private static String pathInRoot(SourceFile file, FrontMatter fm) {
        if (file.root().kind() == ContentRoot.Kind.BLOG) {
            // Docusaurus's permalink: normalizeUrl([routeBasePath, frontMatter.slug ?? parseBlogFileName(path).slug])
            String slug = fm.slug() != null ? fm.slug().strip() : BlogFileName.parse(file.relPath()).slug();
            return folderUrl(UrlPath.segments(slug));
        }
        if (file.root().kind() == ContentRoot.Kind.PAGES) {
            String folder = file.folder();
            return folderUrl(UrlPath.segments(isCategoryIndex(file) ? folder : join(folder, file.baseName())));
        }
        String folder = NumberPrefix.stripPath(file.folder());
        String path;
        if (fm.slug() != null && !fm.slug().isBlank()) {
            String slug = fm.slug().strip();
            path = slug.startsWith("/") ? slug : join(folder, slug);
        } else if (isCategoryIndex(file)) {
            path = folder;
        } else {
            String name = fm.id() != null && !fm.id().isBlank() ? fm.id().strip() : NumberPrefix.strip(file.baseName());
            path = join(folder, name);
        }
        return folderUrl(UrlPath.segments(path));
    }

    private static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static String folderUrl(String path) {
        return path.isEmpty() ? "" : path + "/";
    }
}
