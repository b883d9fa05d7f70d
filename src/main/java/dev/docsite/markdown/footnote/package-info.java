/**
 * Stage 3, Markdown: GFM footnotes ({@code text[^1]} and {@code [^1]: note}) numbered and written as remark-gfm and
 * remark-rehype make them in Docusaurus: calls as {@code <sup>} links, the called notes in a
 * {@code <section data-footnotes>} at the end of the page with links back to each call.
 */
package dev.docsite.markdown.footnote;
