/**
 * Preview: what the preview server needs to rebuild incrementally: watching files, pages kept in memory, what to
 * re-render.
 */
package dev.docsite.rebuild;
