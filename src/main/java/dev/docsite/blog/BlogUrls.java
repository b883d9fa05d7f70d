package dev.docsite.blog;

import dev.docsite.web.UrlPath;

/** Site-relative folder URLs of a blog's pages, joined as Docusaurus's {@code normalizeUrl} joins route parts. */
final class BlogUrls {

    private BlogUrls() {
    }

    /** {@code blog} + {@code /tags/x} → {@code blog/tags/x/}; {@code ""} for the site root. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append('/').append(part);
        }
        String joined = UrlPath.segments(path.toString());
        return joined.isEmpty() ? "" : joined + "/";
    }
}
