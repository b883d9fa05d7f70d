/** Stage 3, Markdown: MDX as Docusaurus docs use it: JSX blocks and tags, comments, ESM lines, raw HTML rewriting. */
package dev.docsite.markdown.mdx;
