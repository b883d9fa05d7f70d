package dev.docsite.docusaurus;

/**
 * The site's {@code markdown} options docsite uses.
 *
 * @param format {@code mdx} (default), {@code md} or {@code detect}
 * @param mermaid whether {@code ```mermaid} code blocks are diagrams: {@code markdown.mermaid}, or the themes include
 *                {@code @docusaurus/theme-mermaid} (default false)
 * @param math    whether {@code $…$} and {@code $$} blocks are formulas: the docs, blog or pages options'
 *                {@code remarkPlugins} include {@code remark-math}
 */
public record MarkdownOptions(String format, boolean mermaid, boolean math) {
}
