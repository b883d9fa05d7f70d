package dev.docsite.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A sidebar rendered once for many pages, kept as text and as UTF-8 bytes, with the place of every link's
 * {@code href} attribute found in one pass, so marking a page's own link costs a lookup instead of a search through
 * the whole sidebar. Immutable and thread-safe.
 */
final class SharedSidebar {

    private static final String HREF = "href=\"";

    private final String html;
    private final byte[] utf8;
    /** For each link target, the char and byte offsets just after its first {@code href="..."} attribute. */
    private final Map<String, int[]> hrefEnds = new HashMap<>();

    SharedSidebar(String html) {
        this.html = html;
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
        int chars = 0;
        int bytes = 0;
        for (int at = html.indexOf(HREF); at >= 0; at = html.indexOf(HREF, at)) {
            int start = at + HREF.length();
            int close = html.indexOf('"', start);
            if (close < 0) {
                break;
            }
            int end = close + 1;
            bytes += utf8Length(html, chars, end);
            chars = end;
            hrefEnds.putIfAbsent(html.substring(start, close), new int[] {chars, bytes});
            at = end;
        }
    }

    String html() {
        return html;
    }

    byte[] utf8() {
        return utf8;
    }

    /** This sidebar with the link whose {@code href} is exactly {@code href} marked as the current page. */
    SidebarHtml markedAt(String href) {
        int[] end = hrefEnds.get(href);
        return end == null ? new SidebarHtml(this, -1, -1) : new SidebarHtml(this, end[0], end[1]);
    }

    private static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
