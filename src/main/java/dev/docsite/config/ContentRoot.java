package dev.docsite.config;

import java.nio.file.Path;

/**
 * One folder of Markdown pages and the URL path it is published under: a Docusaurus docs plugin instance
 * ({@code path} + {@code routeBasePath}), the pages plugin ({@code src/pages} at {@code /}), or docsite's single
 * {@code content} folder (at {@code /}). The folder may lie outside the site folder ({@code path: '../docs'}); being
 * configured as a root is what allows reading it.
 *
 * @param dir           absolute, normalized folder
 * @param routeBasePath URL path below the base URL without leading or trailing slash; {@code ""} for {@code /}
 * @param pluginId      the plugin instance id ({@code default} for docsite's content folder); Markdown-file links
 *                      resolve only among the pages of the same instance, as in Docusaurus
 * @param kind          what kind of pages the folder holds
 */
public record ContentRoot(Path dir, String routeBasePath, String pluginId, Kind kind) {

    /** Which Docusaurus plugin the pages belong to; it decides how a file becomes a URL. */
    public enum Kind {
        /** Docs: doc ids, number prefixes stripped, {@code slug}/{@code id} frontmatter, sidebar categories. */
        DOCS,
        /** Pages ({@code src/pages}): the URL is the file path as written ({@code index.md} is the folder). */
        PAGES
    }

    public ContentRoot {
        dir = dir.toAbsolutePath().normalize();
        routeBasePath = trimSlashes(routeBasePath);
    }

    /** docsite's own layout: one docs folder published at the root. */
    public static ContentRoot docsAtRoot(Path dir) {
        return new ContentRoot(dir, "", "default", Kind.DOCS);
    }

    /** What to put before a page's folder-relative URL: {@code docs/}, or {@code ""} for a root at {@code /}. */
    public String urlPrefix() {
        return routeBasePath.isEmpty() ? "" : routeBasePath + "/";
    }

    static String trimSlashes(String path) {
        String s = path.strip();
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}
