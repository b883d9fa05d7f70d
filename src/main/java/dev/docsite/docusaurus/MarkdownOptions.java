package dev.docsite.docusaurus;

/**
 * The site's {@code markdown} options docsite uses.
 *
 * @param format {@code mdx} (default), {@code md} or {@code detect}
 * @param mermaid whether {@code ```mermaid} code blocks are diagrams: {@code markdown.mermaid}, or the themes include
 *                {@code @docusaurus/theme-mermaid} (default false)
 */
public record MarkdownOptions(String format, boolean mermaid) {
}
