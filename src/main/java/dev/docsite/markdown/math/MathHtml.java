package dev.docsite.markdown.math;

import dev.docsite.markdown.html.HtmlOut;

/**
 * The HTML of formulas, as rehype-katex finds them: the TeX escaped inside KaTeX's own delimiters, so that without
 * JavaScript the source stays readable, and the classes {@code math math-inline} / {@code math math-display} the
 * theme's script looks for.
 */
public final class MathHtml {

    /** How a formula in running text starts: a page with one loads KaTeX. */
    public static final String INLINE_START = "<span class=\"math math-inline\">";
    /** How a displayed formula starts. */
    public static final String DISPLAY_START = "<div class=\"math math-display\">";

    private MathHtml() {
    }

    public static void inline(MathInline node, HtmlOut out) {
        out.raw(INLINE_START).raw("\\(").text(node.tex()).raw("\\)</span>");
    }

    public static void display(MathBlock node, HtmlOut out) {
        out.line().raw(DISPLAY_START).openPre().raw("\\[").text(node.tex()).raw("\\]").closePre().raw("</div>").line();
    }
}
