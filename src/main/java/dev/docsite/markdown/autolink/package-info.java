/** Stage 3, Markdown: GFM autolinks, looked for only in text that can hold one. */
package dev.docsite.markdown.autolink;
