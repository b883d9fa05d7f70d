/**
 * Stage 3, Markdown: TeX math as remark-math writes it, {@code $…$} in running text and {@code $$} blocks on lines of
 * their own, parsed only on sites that turn math on and drawn in the browser by KaTeX.
 */
package dev.docsite.markdown.math;
