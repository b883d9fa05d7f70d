package dev.docsite.chrome;

import dev.docsite.content.Page;
import dev.docsite.links.UrlText;

/**
 * Where a navbar or footer link goes, read as Docusaurus's {@code useBaseUrl} reads {@code to}: a site path from the
 * base URL (written with or without it, with or without a leading slash), or a URL with a protocol, which leaves the
 * site.
 *
 * @param raw      the value as configured
 * @param path     the site path without base URL or leading slash, as written ({@code docs/intro}); {@code null} for
 *                 an external URL or a value written as it is ({@code #top})
 * @param suffix   {@code ?query#fragment} as written, or {@code ""}
 * @param page     the page at {@code path}, or {@code null}
 * @param external whether {@code raw} is a URL of another site
 * @param found    whether the site answers {@code path}: a page, a static file, a known route, or a {@code pathname://}
 *                 link (never checked, as in Docusaurus); always true for external and verbatim targets
 */
public record ChromeTarget(String raw, String path, String suffix, Page page, boolean external, boolean found) {

    /** The URL to write on a page whose way to the site root is {@code root}. */
    public String href(String root) {
        if (path == null) {
            return raw;
        }
        String target = page != null ? UrlText.encodePath(page.url()) : path;
        return root + target + suffix;
    }

    /**
     * Whether {@code current} lies under this target, segment by segment ({@code docs} holds {@code docs/intro/} but
     * not {@code docs-old/}); the home page holds only itself.
     */
    public boolean holds(Page current) {
        if (current == null || path == null) {
            return false;
        }
        String base = page != null ? page.url() : UrlText.decode(path);
        return under(current.url(), base);
    }

    /** Whether site URL {@code url} is {@code base} or below it; {@code ""} holds only the home page. */
    static boolean under(String url, String base) {
        String b = base.endsWith("/") || base.isEmpty() ? base : base + "/";
        return b.isEmpty() ? url.isEmpty() : url.startsWith(b);
    }
}
