package dev.docsite.site;

import dev.docsite.content.Page;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One page rendered: the page's own HTML around its sidebar, which is shared by the pages of its section and is
 * not copied into each page (see {@link SidebarHtml}).
 *
 * @param page        the Markdown page, or {@code null} for a page the site generates
 * @param before      the document up to the sidebar (the whole document when {@code sidebar} is null)
 * @param sidebar     the sidebar, or {@code null} when the theme did not place the shared sidebar exactly once
 * @param after       the document after the sidebar (empty when {@code sidebar} is null)
 * @param contentHtml the rendered body alone, or {@code null} for a page the site generates
 */
public record RenderedPage(Page page, String before, SidebarHtml sidebar, String after, String contentHtml) {

    /** A document drawn without the shared sidebar (the 404 page). */
    public static RenderedPage whole(String html) {
        return new RenderedPage(null, html, null, "", null);
    }

    /** The complete HTML document. */
    public String html() {
        return sidebar == null ? before : before + sidebar.html() + after;
    }

    /** The complete document as UTF-8, in parts for a gathering write. */
    public ByteBuffer[] utf8() {
        ByteBuffer head = ByteBuffer.wrap(before.getBytes(StandardCharsets.UTF_8));
        if (sidebar == null) {
            return new ByteBuffer[] {head};
        }
        ByteBuffer[] middle = sidebar.utf8();
        ByteBuffer[] all = new ByteBuffer[middle.length + 2];
        all[0] = head;
        System.arraycopy(middle, 0, all, 1, middle.length);
        all[all.length - 1] = ByteBuffer.wrap(after.getBytes(StandardCharsets.UTF_8));
        return all;
    }
}
