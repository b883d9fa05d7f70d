package dev.docsite.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One page's sidebar: the shared sidebar with an {@code aria-current="page"} attribute after the page's own link.
 * Written as views of the shared bytes, so a page never copies the sidebar.
 *
 * @param shared    the section's sidebar
 * @param markByte  byte offset of the mark in the shared UTF-8 (just after an attribute's closing quote), -1 when
 *                  the page has no link in it
 */
record SidebarHtml(SharedSidebar shared, int markByte) {

    private static final String MARK = " aria-current=\"page\"";
    private static final byte[] MARK_BYTES = MARK.getBytes(StandardCharsets.UTF_8);

    /** The HTML as one string. */
    String html() {
        if (markByte < 0) {
            return shared.html();
        }
        byte[] bytes = shared.utf8();
        return new String(bytes, 0, markByte, StandardCharsets.UTF_8) + MARK
                + new String(bytes, markByte, bytes.length - markByte, StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes, as read-only views of the shared sidebar around the mark. */
    ByteBuffer[] utf8() {
        byte[] bytes = shared.utf8();
        if (markByte < 0) {
            return new ByteBuffer[] {ByteBuffer.wrap(bytes).asReadOnlyBuffer()};
        }
        return new ByteBuffer[] {
            ByteBuffer.wrap(bytes, 0, markByte).asReadOnlyBuffer(),
            ByteBuffer.wrap(MARK_BYTES).asReadOnlyBuffer(),
            ByteBuffer.wrap(bytes, markByte, bytes.length - markByte).asReadOnlyBuffer()
        };
    }
}
