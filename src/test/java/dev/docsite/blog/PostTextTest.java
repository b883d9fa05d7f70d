package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Truncation markers as Docusaurus's default {@code truncateMarker} matches them, and the reading time. */
class PostTextTest {

    @Test
    void theSummaryEndsAtTheFirstMarkerAndKeepsLineNumbers() {
        PostText text = PostText.of("\n\n# Title\n\nSummary.\n\n<!--truncate-->\n\nRest.\n");
        assertEquals(true, text.truncated());
        assertEquals("\n\n\n\nSummary.\n\n", text.summary(), "the content title is blanked, not cut");
        assertEquals("Summary.", text.excerpt());
    }

    @Test
    void theMdxCommentMarkerTruncatesToo() {
        assertEquals("Summary.\n\n", PostText.of("Summary.\n\n{/* truncate */}\n\nRest.").summary());
        assertEquals("Summary.\n", PostText.of("Summary.\n<!--   truncate   -->").summary());
    }

    @Test
    void withoutAMarkerThePostIsItsOwnSummary() {
        PostText text = PostText.of("Some [linked](./a.md) *text*.\n\nMore <!-- truncated --> here.");
        assertEquals(false, text.truncated());
        assertEquals("Some linked text.", text.excerpt());
        assertEquals(8, text.words(), "the raw Markdown is counted, as Docusaurus counts it: a.md is two words");
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsJoinedByApostrophes() {
        assertEquals(5, PostText.words("don't stop: it\u2019s 42 o'clock''"), "don't, stop, it's, 42, o'clock");
        assertEquals(5, PostText.words("a''b 'c' \u00e9t\u00e9-\u0663\u0664"), "a, b, c, été, ٣٤");
        assertEquals(3, PostText.words("\uD835\uDC00x \u2167 \u00BD"), "a mathematical letter, a Roman numeral, a fraction");
        assertEquals(0, PostText.words("  -- ' \u2019 --"));
    }

    @Test
    void theSummaryIsLocatedInTheBody() {
        String body = "\n\n# Title\n\nSummary.\n\n<!--truncate-->\n\nRest.\n";
        PostText text = PostText.of(body);
        assertEquals("\n\nSummary.\n\n", body.substring(text.summaryFrom(), text.summaryTo()));
        PostText untitled = PostText.of("Summary only.\n");
        assertEquals(0, untitled.summaryFrom());
        assertEquals("Summary only.\n".length(), untitled.summaryTo());
    }

    @Test
    void readingTimeIsTwoHundredWordsAMinuteRoundedUp() {
        assertEquals(1, PostText.of("word ".repeat(200)).readingMinutes());
        assertEquals(2, PostText.of("word ".repeat(201)).readingMinutes());
        assertEquals(1, PostText.of("").readingMinutes());
    }
}
