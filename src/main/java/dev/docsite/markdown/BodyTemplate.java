package dev.docsite.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A page body rendered to HTML once, with the parts that depend on the rest of the site left as numbered slots.
 * <p>
 * Parsing and rendering Markdown is most of a build's work, and link URLs can only be written once every page's
 * outline is known; keeping this template lets each page be parsed once per build (and once per edit in the
 * preview) and rendered any number of times. Immutable and thread-safe.
 */
public final class BodyTemplate {

    /**
     * Characters tried as slot markers, in order: C0 control characters, which HTML forbids and Markdown text does
     * not hold, and which keep a Latin-1 body in Java's compact one-byte strings; then the private use area.
     */
    private static final String MARKERS = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010"
            + "\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";
    private static final char FIRST_PRIVATE_USE = '\uE000';
    private static final char LAST_PRIVATE_USE = '\uF8FF';

    private final String html;
    private final List<BodySlot> slots;
    private final char marker;
    private final BlockBoundaries boundaries;

    private BodyTemplate(String html, List<BodySlot> slots, char marker, BlockBoundaries boundaries) {
        this.html = html;
        this.slots = List.copyOf(slots);
        this.marker = marker;
        this.boundaries = boundaries;
    }

    /**
     * The template for {@code html}, in which slot {@code i} is written as {@code marker + i + marker}; or
     * {@code null} when {@code html} holds the marker character elsewhere too (then try {@link #nextMarker}).
     */
    static BodyTemplate of(String html, List<BodySlot> slots, char marker) {
        return of(html, slots, marker, BlockBoundaries.NONE);
    }

    /** {@link #of(String, List, char)}, keeping where the body may be cut into {@link #part}s. */
    static BodyTemplate of(String html, List<BodySlot> slots, char marker, BlockBoundaries boundaries) {
        int count = 0;
        for (int i = html.indexOf(marker); i >= 0; i = html.indexOf(marker, i + 1)) {
            count++;
        }
        return count == 2 * slots.size() ? new BodyTemplate(html, slots, marker, boundaries) : null;
    }

    /**
     * The part of this body written from the source between offsets {@code from} and {@code to}: the same HTML and
     * slots that source text would give parsed on its own, with the text before {@code from} blanked (heading ids
     * and tab groups numbered as in the whole page). {@code null} when that cannot be cut from this body and the
     * text must be parsed: the page was not prepared for parts ({@code PageSource.parts}), an offset falls inside or
     * right beside a block, or the page's blocks depend on text elsewhere in it (see {@link BlockBoundaries}).
     */
    public BodyTemplate part(int from, int to) {
        int first = boundaries.at(from);
        int last = boundaries.at(to);
        if (first < 0 || last < first) {
            return null;
        }
        return new BodyTemplate(html.substring(boundaries.html(first), boundaries.html(last)),
                slots.subList(boundaries.slots(first), boundaries.slots(last)), marker, BlockBoundaries.NONE);
    }

    /** The first marker character after {@code previous} (or the first of all for 0) that {@code source} lacks. */
    static char nextMarker(String source, char previous) {
        int start = previous == 0 ? 0 : MARKERS.indexOf(previous) + 1;
        if (previous == 0 || start > 0) {
            for (int i = start; i < MARKERS.length(); i++) {
                if (source.indexOf(MARKERS.charAt(i)) < 0) {
                    return MARKERS.charAt(i);
                }
            }
        }
        char from = previous >= FIRST_PRIVATE_USE ? (char) (previous + 1) : FIRST_PRIVATE_USE;
        for (char c = from; c <= LAST_PRIVATE_USE; c++) {
            if (source.indexOf(c) < 0) {
                return c;
            }
        }
        throw new UnmarkableSourceException();
    }

    /** The text that stands for slot {@code index} while the body is rendered. */
    static String placeholder(char marker, int index) {
        return marker + Integer.toString(index) + marker;
    }

    /** The body HTML for one rendering: every slot answered by {@code ctx}, in document order. */
    public String fill(RenderContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (slots.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 128 * slots.size());
        int from = 0;
        for (BodySlot slot : slots) {
            int open = html.indexOf(marker, from);
            int close = html.indexOf(marker, open + 1);
            String filled = slot.fill(ctx);
            out.append(html, from, open).append(filled);
            from = close + 1;
            if (filled.isEmpty() && slot.ownLine() && (open == 0 || html.charAt(open - 1) == '\n')
                    && from < html.length() && html.charAt(from) == '\n') {
                from++;
            }
        }
        return out.append(html, from, html.length()).toString();
    }

    /** Approximate heap held by this template, in bytes (a string of Latin-1 text takes a byte per character). */
    public long footprint() {
        int bytesPerChar = 1;
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) > 0xFF) {
                bytesPerChar = 2;
                break;
            }
        }
        return 64L + (long) bytesPerChar * html.length() + 64L * slots.size() + boundaries.footprint();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyTemplate t && t.html.equals(html) && t.slots.equals(slots) && t.marker == marker
                && t.boundaries.equals(boundaries);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
