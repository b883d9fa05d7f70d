package dev.docsite.markdown.footnote;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.MarkdownNotice;
import dev.docsite.markdown.PageAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Footnotes as remark-gfm and remark-rehype number them, and the anchors and warnings they give a page. */
class FootnoteNumbersTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    @Test
    void givesThePageTheIdsOfTheHeadingEachNoteAndEachCall() {
        PageAnalysis page = ENGINE.analysis(String.join("\n", "B[^b], a[^a], b again[^B].", "",
                "[^a]: Note a.", "[^b]: Note b."));
        assertEquals(Set.of("footnote-label", "user-content-fn-b", "user-content-fnref-b",
                        "user-content-fnref-b-2", "user-content-fn-a", "user-content-fnref-a"),
                Set.copyOf(page.outline().elementIds()));
        assertEquals(List.of(), page.notices());
    }

    @Test
    void numbersANoteFirstCalledInsideAnotherNoteAfterTheNotesCalledFromTheText() {
        Parser parser = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(FootnoteExtension.create()))).build();
        FootnoteNumbers numbers = FootnoteNumbers.of(parser.parse(String.join("\n", "Text[^outer] and[^last][^Outer].",
                "", "[^inner]: Inner.", "[^outer]: Outer, see[^inner].", "[^last]: Last.")));
        assertEquals(List.of("1 outer 2", "2 last 1", "3 inner 1"), numbers.notes().stream()
                .map(n -> n.number() + " " + n.id() + " " + n.calls()).toList());
    }

    @Test
    void warnsOfANoteNobodyCallsAtItsLine() {
        PageAnalysis page = ENGINE.analysis(String.join("\n", "No call here.", "", "[^lost]: Lost note."));
        assertEquals(Set.of(), Set.copyOf(page.outline().elementIds()));
        MarkdownNotice notice = page.notices().get(0);
        assertEquals(1, page.notices().size());
        assertEquals("3:1 footnote Footnote [^lost] is never called, so it is not shown (Docusaurus leaves it out too);"
                        + " call it with [^lost] in the text, or remove it",
                notice.line() + ":" + notice.column() + " " + notice.code().id() + " " + notice.message());
    }

    @Test
    void checksTheLinksOfANoteAsLinksOfThePage() {
        PageAnalysis page = ENGINE.analysis(String.join("\n", "Read this[^src].", "",
                "[^src]: [The source](./source.md)"));
        assertEquals(List.of("./source.md@3:9"), page.outline().links().stream()
                .map(l -> l.target() + "@" + l.line() + ":" + l.column()).toList());
    }

    @Test
    void writesLabelsIntoIdsAsMicromarkNormalizesUris() {
        assertEquals("caf%C3%A9-1", FootnoteIds.safe("café-1"));
        assertEquals("a%5Eb%zz%20c%5B%5D", FootnoteIds.safe("a^b%zz c[]"));
        assertEquals("50%25", FootnoteIds.safe("50%25"));
    }
}
