package dev.docsite.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a site's pages and static files are and which URLs they answer: the URL space links resolve in.
 *
 * @param contentRoots folders of pages, each under its own route; the first is the main docs folder
 * @param staticDirs   folders copied to the output root as they are ({@code static/img/x.png} answers
 *                     {@code /img/x.png}); several are merged, the first holding a file wins
 * @param knownRoutes  URL paths (without base URL, leading or trailing slash) that the site answers but this build
 *                     does not write, such as a blog or React pages; a link to one, or below one, is not broken
 * @param linkRules    whose rules resolve links
 * @param severities   how broken links, Markdown links, anchors and images are reported
 */
public record SiteLayout(List<ContentRoot> contentRoots, List<Path> staticDirs, List<String> knownRoutes,
                         LinkRules linkRules, LinkSeverities severities) {

    /** A layout whose link problems are all warnings (docsite's own sites). */
    public SiteLayout(List<ContentRoot> contentRoots, List<Path> staticDirs, List<String> knownRoutes,
                      LinkRules linkRules) {
        this(contentRoots, staticDirs, knownRoutes, linkRules, LinkSeverities.WARNINGS);
    }

    public SiteLayout {
        if (contentRoots.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one content root");
        }
        contentRoots = List.copyOf(contentRoots);
        staticDirs = staticDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        knownRoutes = knownRoutes.stream().map(ContentRoot::trimSlashes).toList();
    }

    /**
     * Whether {@code urlPath} (without base URL and leading slash) is a known route or lies below one; the root route
     * {@code ""} stands for the home page only.
     */
    public boolean isKnownRoute(String urlPath) {
        String path = ContentRoot.trimSlashes(urlPath);
        for (String route : knownRoutes) {
            if (path.equals(route) || !route.isEmpty() && path.startsWith(route + "/")) {
                return true;
            }
        }
        return false;
    }
}
