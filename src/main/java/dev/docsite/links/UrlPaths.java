package dev.docsite.links;

import dev.docsite.web.UrlPath;

/** The URL-path arithmetic of {@code links/}: dot segments, relative resolution and slashes, as a browser does it. */
final class UrlPaths {

    private UrlPaths() {
    }

    /** Resolves {@code rel} against {@code base} as a browser does with URL paths. */
    static String resolve(String base, String rel) {
        String dir = base.substring(0, base.lastIndexOf('/') + 1);
        return normalize(dir + rel);
    }

    /** Collapses dot segments and repeated slashes; a browser never climbs above the root. Keeps a trailing slash. */
    static String normalize(String path) {
        return UrlPath.normalize(path);
    }

    /** A doc id or path with dot segments collapsed, without leading or trailing slash. */
    static String normalizeId(String id) {
        return UrlPath.segments(id);
    }

    static String trimSlashes(String s) {
        return UrlPath.trimSlashes(s);
    }

    static String lastSegment(String path) {
        String s = trimSlashes(path);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** {@code path} (starting with {@code /}) without the site's base URL, when it starts with it. */
    static String withoutBaseUrl(String path, String baseUrl) {
        if (!baseUrl.equals("/") && path.startsWith(baseUrl)) {
            return "/" + path.substring(baseUrl.length());
        }
        return path;
    }
}
