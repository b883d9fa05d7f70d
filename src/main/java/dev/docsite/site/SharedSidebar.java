package dev.docsite.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sidebar rendered once for many pages, kept as text and as UTF-8 bytes. The first page finds its own link by a
 * search; from the second page on, the place of every link's {@code href} attribute is indexed in one pass, so
 * marking a page's link costs a lookup instead of a search through the whole sidebar. Thread-safe.
 */
final class SharedSidebar {

    private static final String HREF = "href=\"";

    private final String html;
    private final byte[] utf8;
    /**
     * For each link target, the char and byte offsets just after its first {@code href="..."} attribute; made when a
     * second page asks, since on sites of many small folders most sidebars are shown by one page only.
     */
    private volatile Map<String, int[]> hrefEnds;
    private final AtomicInteger lookups = new AtomicInteger();

    SharedSidebar(String html) {
        this.html = html;
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
    }

    String html() {
        return html;
    }

    byte[] utf8() {
        return utf8;
    }

    /** This sidebar with the link whose {@code href} is exactly {@code href} marked as the current page. */
    SidebarHtml markedAt(String href) {
        Map<String, int[]> ends = hrefEnds;
        if (ends == null && lookups.incrementAndGet() > 1) {
            ends = indexed();
        }
        int[] end = ends != null ? ends.get(href) : scan(href, null);
        return end == null ? new SidebarHtml(this, -1, -1) : new SidebarHtml(this, end[0], end[1]);
    }

    private synchronized Map<String, int[]> indexed() {
        if (hrefEnds == null) {
            Map<String, int[]> ends = new HashMap<>();
            scan(null, ends);
            hrefEnds = ends;
        }
        return hrefEnds;
    }

    /**
     * Goes through the {@code href="..."} attributes in order: returns the char and byte offsets after the first
     * one whose value is {@code wanted}, or, with {@code wanted} null, puts each value's first offsets in {@code all}.
     */
    private int[] scan(String wanted, Map<String, int[]> all) {
        int chars = 0;
        int bytes = 0;
        for (int at = html.indexOf(HREF); at >= 0; at = html.indexOf(HREF, at)) {
            int start = at + HREF.length();
            int close = html.indexOf('"', start);
            if (close < 0) {
                break;
            }
            int end = close + 1;
            boolean match = wanted != null && close - start == wanted.length()
                    && html.regionMatches(start, wanted, 0, wanted.length());
            if (match || all != null) {
                bytes += utf8Length(html, chars, end);
                chars = end;
                if (match) {
                    return new int[] {chars, bytes};
                }
                all.putIfAbsent(html.substring(start, close), new int[] {chars, bytes});
            }
            at = end;
        }
        return null;
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
