/**
 * Stage 3, Markdown: code blocks as Docusaurus writes them — the fence's meta ({@code title}, {@code {1,3-5}},
 * {@code showLineNumbers}, {@code npm2yarn}), magic comments, and their HTML (focusable, scrollable, copyable).
 */
package dev.docsite.markdown.code;
