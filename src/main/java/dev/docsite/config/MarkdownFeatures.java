package dev.docsite.config;

/**
 * Markdown features a site turns on: site.yml's {@code markdown:} section, or what the Docusaurus configuration asks
 * for ({@code markdown.mermaid} or the {@code @docusaurus/theme-mermaid} theme; {@code remark-math} among the content
 * plugins' {@code remarkPlugins}).
 *
 * @param mermaid whether {@code ```mermaid} code blocks are drawn as diagrams in the browser
 * @param math    whether {@code $…$} and {@code $$} blocks are formulas, drawn in the browser by KaTeX
 * @param rawHtml what becomes of HTML written in Markdown ({@code markdown.raw_html})
 */
public record MarkdownFeatures(boolean mermaid, boolean math, RawHtml rawHtml) {

    /**
     * {@code markdown.raw_html}. {@code allow} is the default because Docusaurus and MDX sites rely on HTML in their
     * pages; {@code escape} is for sites whose writers should not be able to add scripts or event handlers.
     */
    public enum RawHtml {
        /** Written as it is (scripts and {@code on*=} attributes included); its links are still checked. */
        ALLOW,
        /** Written as visible, escaped text. */
        ESCAPE
    }

    /** Nothing turned on; raw HTML allowed. */
    public static final MarkdownFeatures NONE = new MarkdownFeatures(false, false, RawHtml.ALLOW);

    public MarkdownFeatures {
        if (rawHtml == null) {
            throw new IllegalArgumentException("rawHtml is required");
        }
    }

    /** Mermaid as given, no math, raw HTML allowed. */
    public MarkdownFeatures(boolean mermaid) {
        this(mermaid, false, RawHtml.ALLOW);
    }

    /** Mermaid and math as given, raw HTML allowed. */
    public MarkdownFeatures(boolean mermaid, boolean math) {
        this(mermaid, math, RawHtml.ALLOW);
    }

    /** Mermaid and the raw-HTML policy as given, no math. */
    public MarkdownFeatures(boolean mermaid, RawHtml rawHtml) {
        this(mermaid, false, rawHtml);
    }

    /** What either of the two turns on; raw HTML is escaped when either escapes it. */
    public MarkdownFeatures or(MarkdownFeatures other) {
        return new MarkdownFeatures(mermaid || other.mermaid, math || other.math,
                rawHtml == RawHtml.ESCAPE || other.rawHtml == RawHtml.ESCAPE ? RawHtml.ESCAPE : RawHtml.ALLOW);
    }

    /** Whether HTML written in Markdown is written as escaped text. */
    public boolean escapesRawHtml() {
        return rawHtml == RawHtml.ESCAPE;
    }
}
