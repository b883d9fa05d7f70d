package dev.docsite.config;

/**
 * Markdown features a site turns on: site.yml's {@code markdown:} section, or what the Docusaurus configuration asks
 * for ({@code markdown.mermaid} or the {@code @docusaurus/theme-mermaid} theme; {@code remark-math} among the content
 * plugins' {@code remarkPlugins}).
 *
 * @param mermaid whether {@code ```mermaid} code blocks are drawn as diagrams in the browser
 * @param math    whether {@code $…$} and {@code $$} blocks are formulas, drawn in the browser by KaTeX
 */
public record MarkdownFeatures(boolean mermaid, boolean math) {

    /** Nothing turned on. */
    public static final MarkdownFeatures NONE = new MarkdownFeatures(false, false);

    /** What either of the two turns on. */
    public MarkdownFeatures or(MarkdownFeatures other) {
        return new MarkdownFeatures(mermaid || other.mermaid, math || other.math);
    }
}
