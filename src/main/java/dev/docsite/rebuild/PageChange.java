package dev.docsite.rebuild;

import dev.docsite.content.Page;

/**
 * One page file touched by a change.
 *
 * @param relPath the file as problems show it: relative to the site folder ({@code content/guides/a.md}), so that
 *                files of different content roots never share a name
 * @param before  the page before the change, or {@code null} (new file, or it had no page)
 * @param after   the page after the change, or {@code null} (deleted, renamed away, now a draft); the same object as
 *                {@code before} when the file now fails to load and its last good page is kept
 */
public record PageChange(String relPath, Page before, Page after) {

    public boolean added() {
        return before == null && after != null;
    }

    public boolean removed() {
        return before != null && after == null;
    }
}
