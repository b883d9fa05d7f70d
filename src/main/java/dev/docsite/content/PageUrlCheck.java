package dev.docsite.content;

import java.util.Set;

/**
 * Whether a page's URL (from its file, {@code slug} or {@code id}) can be written as {@code <url>/index.html}
 * without clashing with the files docsite writes itself or leaving the page's folder. A URL that cannot is that
 * page's error at its {@code slug}/{@code id} line, and the page is not built; the rest of the site is.
 */
public final class PageUrlCheck {

    /** Files docsite writes at the top of every site, and the folder of its theme assets. */
    private static final Set<String> RESERVED = Set.of("404.html", "sitemap.xml", "search-index.json",
            "search-index.js", "assets");

    private PageUrlCheck() {
    }

    /** What is wrong with {@code url} (relative, ending with {@code /} or empty), or {@code null} when nothing is. */
    public static String problem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (c == '\\') {
                return "contains a backslash; use / between folders";
            }
        }
        String[] segments = url.split("/");
        for (String segment : segments) {
            if (segment.startsWith(".")) {
                return "has a folder or name starting with '.' ('" + segment + "'), which docsite keeps for itself";
            }
        }
        if (segments.length > 0 && RESERVED.contains(segments[0])) {
            return "would replace docsite's own '" + segments[0] + "'";
        }
        return null;
    }
}
