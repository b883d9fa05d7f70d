package dev.docsite.markdown.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line rules {@link HtmlOut} shares with flexmark's writer. */
class HtmlOutTest {

    @Test
    void lineEndsOnlyALineThatHoldsSomething() {
        HtmlOut out = new HtmlOut(16);
        out.line().raw("<p>").line().line().raw("</p>");
        assertEquals("<p>\n</p>\n", out.finish());
    }

    @Test
    void spacesAtTheStartOfALineAreDroppedOutsidePreformattedText() {
        HtmlOut out = new HtmlOut(16);
        out.raw("  a  b\n   c\n\t d");
        assertEquals("a  b\nc\n\td\n", out.finish());
    }

    @Test
    void preformattedTextKeepsItsSpacesAndBlankLines() {
        HtmlOut out = new HtmlOut(16);
        out.raw("<pre>").openPre().text("  x\n\n\n  y\n").closePre().raw("</pre>");
        assertEquals("<pre>  x\n\n\n  y\n</pre>\n", out.finish());
    }

    @Test
    void aRunOfEmptyLinesIsWrittenAsOne() {
        HtmlOut out = new HtmlOut(16);
        out.raw("a\n\n\n\nb\n\n");
        assertEquals("a\n\nb\n\n", out.finish());
    }

    @Test
    void textIsEscaped() {
        HtmlOut out = new HtmlOut(16);
        out.text("a < b && \"c\" > 'd'");
        assertEquals("a &lt; b &amp;&amp; &quot;c&quot; &gt; 'd'\n", out.finish());
    }

    @Test
    void rawPreformattedTextStartingWithALineEndStartsANewLine() {
        HtmlOut out = new HtmlOut(16);
        out.raw("<div>").rawPre("\n  <b>x</b>\n\n\n").raw("</div>");
        assertEquals("<div>\n  <b>x</b>\n\n\n</div>\n", out.finish());
    }
}
