package dev.docsite.config;

/**
 * Markdown features a site turns on: site.yml's {@code markdown:} section, or what the Docusaurus configuration asks
 * for ({@code markdown.mermaid} or the {@code @docusaurus/theme-mermaid} theme).
 *
 * @param mermaid whether {@code ```mermaid} code blocks are drawn as diagrams in the browser
 */
public record MarkdownFeatures(boolean mermaid) {

    /** Nothing turned on. */
    public static final MarkdownFeatures NONE = new MarkdownFeatures(false);

    /** What either of the two turns on. */
    public MarkdownFeatures or(MarkdownFeatures other) {
        return new MarkdownFeatures(mermaid || other.mermaid);
    }
}
