/** Stage 3, Markdown: the body HTML writer over flexmark's tree, byte for byte as flexmark's own renderer. */
package dev.docsite.markdown.html;
