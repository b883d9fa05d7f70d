/** Stage 3, Markdown: GFM tables as flexmark's tables extension parses them, its pre-processor made once per parser. */
package dev.docsite.markdown.table;
