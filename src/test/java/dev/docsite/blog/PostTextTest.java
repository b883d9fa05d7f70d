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
    void readingTimeIsTwoHundredWordsAMinuteRoundedUp() {
        assertEquals(1, PostText.of("word ".repeat(200)).readingMinutes());
        assertEquals(2, PostText.of("word ".repeat(201)).readingMinutes());
        assertEquals(1, PostText.of("").readingMinutes());
    }
}
