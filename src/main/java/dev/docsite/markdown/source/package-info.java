/** Stage 3, Markdown: source positions (lines and columns) of text parsed from pieces of a page. */
package dev.docsite.markdown.source;
