package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The meta description: the frontmatter's, else the body's first paragraph as plain text, cut at a word. */
class PageDescriptionTest {

    @Test
    void theFrontmatterDescriptionWins() {
        assertEquals("Written <by> hand", PageDescription.of("Written <by> hand", "<p>First paragraph.</p>"));
    }

    @Test
    void elseTheFirstParagraphAsPlainText() {
        assertEquals("Risk & reward: see the score.", PageDescription.of(null,
                "<h2 id=\"a\">Heading</h2>\n<p class=\"admonition-title\">Note</p>\n<p>Risk &amp; reward: see "
                        + "<a href=\"x/\">the <em>score</em></a>.</p>\n<p>Second.</p>"));
        assertEquals("Text.", PageDescription.of("  ", "<p>Text.</p>"), "a blank description is none");
    }

    @Test
    void aLongParagraphIsCutAtAWordWithAnEllipsis() {
        String words = "word ".repeat(100).strip();
        String description = PageDescription.of(null, "<p>" + words + "</p>");
        assertEquals("word ".repeat(60).strip() + "…", description);
    }

    @Test
    void noParagraphNoDescription() {
        assertNull(PageDescription.of(null, "<h2>Only a heading</h2>\n<pre><code>&lt;p&gt;code&lt;/p&gt;</code></pre>"));
        assertNull(PageDescription.of(null, "<p></p>"));
    }
}
