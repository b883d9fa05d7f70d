package dev.docsite.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sidebar rendered once for many pages, kept as UTF-8 bytes, made of {@link Part}s: parts that many folders share
 * (a closed top-level category, see {@link dev.docsite.nav.SidebarTopLevel}) are drawn and encoded once and copied
 * in. Each part knows where its links' {@code href} attributes end, so marking a page's link is a lookup through
 * the parts' links instead of a search through the whole sidebar; after a few pages, one map of them all.
 * Thread-safe.
 */
final class SharedSidebar {

    /**
     * A piece of a sidebar's markup: whole elements, as UTF-8, and its {@code href="..."} attributes in order.
     *
     * @param utf8  the markup
     * @param hrefs each attribute's value
     * @param ends  the byte offset just after each attribute's closing quote
     * @param open  whether an {@code href="} without a closing quote ends the part (raw HTML of a sidebar item):
     *              a search of the whole sidebar would go on into the next part
     */
    record Part(byte[] utf8, String[] hrefs, int[] ends, boolean open) {

        private static final byte[] HREF = "href=\"".getBytes(StandardCharsets.US_ASCII);

        /**
         * {@code html} as a part. The bytes are searched: UTF-8 encodes no other character with the bytes of
         * {@code href="} and {@code "}, so the attributes are those a search of the text finds.
         */
        static Part of(String html) {
            return of(html.getBytes(StandardCharsets.UTF_8));
        }

        static Part of(byte[] utf8) {
            boolean open = false;
            String[] hrefs = new String[8];
            int[] ends = new int[8];
            int n = 0;
            for (int at = indexOf(utf8, 0); at >= 0; at = indexOf(utf8, at)) {
                int start = at + HREF.length;
                int close = start;
                while (close < utf8.length && utf8[close] != '"') {
                    close++;
                }
                if (close == utf8.length) {
                    open = true;
                    break;
                }
                if (n == hrefs.length) {
                    hrefs = Arrays.copyOf(hrefs, 2 * n);
                    ends = Arrays.copyOf(ends, 2 * n);
                }
                hrefs[n] = new String(utf8, start, close - start, StandardCharsets.UTF_8);
                ends[n++] = close + 1;
                at = close + 1;
            }
            return new Part(utf8, Arrays.copyOf(hrefs, n), Arrays.copyOf(ends, n), open);
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i <= bytes.length - HREF.length; i++) {
                if (bytes[i] == 'h' && bytes[i + 1] == 'r' && bytes[i + 2] == 'e' && bytes[i + 3] == 'f'
                        && bytes[i + 4] == '=' && bytes[i + 5] == '"') {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Lookups that go through the parts' links before a map of them all is made: a map costs a few lookups, and on
     * sites of many small folders most sidebars serve one or two pages.
     */
    private static final int INDEXED_AFTER = 4;

    private final byte[] utf8;
    private final List<Part> parts;
    private volatile String html;
    /** For each link target, the byte offset just after its first {@code href="..."}; made after a few lookups. */
    private volatile Map<String, Integer> hrefEnds;
    private final AtomicInteger lookups = new AtomicInteger();

    SharedSidebar(String html) {
        this(List.of(Part.of(html)));
        this.html = html;
    }

    SharedSidebar(List<Part> parts) {
        int length = 0;
        for (Part part : parts) {
            length += part.utf8().length;
        }
        byte[] bytes = new byte[length];
        int at = 0;
        for (Part part : parts) {
            System.arraycopy(part.utf8(), 0, bytes, at, part.utf8().length);
            at += part.utf8().length;
        }
        this.utf8 = bytes;
        boolean open = false;
        for (int i = 0; i < parts.size() - 1; i++) {
            open |= parts.get(i).open();
        }
        this.parts = open ? List.of(Part.of(bytes)) : parts; // links as a search of the whole text finds them
    }

    String html() {
        String text = html;
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
            html = text;
        }
        return text;
    }

    byte[] utf8() {
        return utf8;
    }

    /** This sidebar with the link whose {@code href} is exactly {@code href} marked as the current page. */
    SidebarHtml markedAt(String href) {
        Map<String, Integer> ends = hrefEnds;
        if (ends == null && lookups.incrementAndGet() > INDEXED_AFTER) {
            ends = indexed();
        }
        int end = ends != null ? ends.getOrDefault(href, -1) : first(href);
        return new SidebarHtml(this, end);
    }

    private synchronized Map<String, Integer> indexed() {
        if (hrefEnds == null) {
            Map<String, Integer> ends = new HashMap<>();
            int start = 0;
            for (Part part : parts) {
                for (int i = 0; i < part.hrefs().length; i++) {
                    ends.putIfAbsent(part.hrefs()[i], start + part.ends()[i]);
                }
                start += part.utf8().length;
            }
            hrefEnds = ends;
        }
        return hrefEnds;
    }

    /** The byte offset after the first {@code href} attribute whose value is {@code wanted}, or -1. */
    private int first(String wanted) {
        int start = 0;
        for (Part part : parts) {
            String[] hrefs = part.hrefs();
            for (int i = 0; i < hrefs.length; i++) {
                if (hrefs[i].length() == wanted.length() && hrefs[i].equals(wanted)) {
                    return start + part.ends()[i];
                }
            }
            start += part.utf8().length;
        }
        return -1;
    }
}
