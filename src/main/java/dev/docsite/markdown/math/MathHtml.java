package dev.docsite.markdown.math;

import dev.docsite.markdown.html.HtmlOut;

/**
 * The HTML of formulas, as rehype-katex finds them: the TeX escaped inside KaTeX's own delimiters, so that without
 * JavaScript the source stays readable, and the classes {@code math math-inline} / {@code math math-display} the
 * theme's script looks for.
 */
public final class MathHtml {

    /** Marks a page that has a formula: its presence is what makes the page load KaTeX. */
    public static final String MARKER = "<span class=\"math math-inline\">";
    public static final String BLOCK_MARKER = "<div class=\"math math-display\">";

    private MathHtml() {
    }

    public static void inline(MathInline node, HtmlOut out) {
        out.raw(MARKER).raw("\\(").text(node.tex()).raw("\\)</span>");
    }

    public static void display(MathBlock node, HtmlOut out) {
        out.line().raw(BLOCK_MARKER).openPre().raw("\\[").text(node.tex()).raw("\\]").closePre().raw("</div>").line();
    }
}
