/** Stage 3, Markdown: flexmark's inline parser with its regular-expression matches read in place. */
package dev.docsite.markdown.inline;
