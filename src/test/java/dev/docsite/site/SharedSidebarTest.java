package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedSidebarTest {

    private static final String HTML = "<ul><li><a href=\"../s\u00e9curit\u00e9/\">"
            + "S\u00e9curit\u00e9 \u2713 \uD83D\uDD12</a></li>"
            + "<li><a href=\"../risk/\">Risk</a></li><li><a href=\"../risk/\">Risk again</a></li></ul>";

    @Test
    void marksTheFirstLinkToThePageAfterItsHref() {
        SidebarHtml marked = new SharedSidebar(HTML).markedAt("../risk/");
        assertEquals(HTML.replaceFirst("href=\"\\.\\./risk/\"", "href=\"../risk/\" aria-current=\"page\""),
                marked.html());
    }

    @Test
    void theBytesWrittenAreTheUtf8OfTheMarkedHtmlAfterCharactersOfEveryWidth() {
        SidebarHtml marked = new SharedSidebar(HTML).markedAt("../risk/");
        assertEquals(marked.html(), utf8(marked.utf8()));
        SidebarHtml first = new SharedSidebar(HTML).markedAt("../s\u00e9curit\u00e9/");
        assertEquals(first.html(), utf8(first.utf8()));
    }

    @Test
    void aPageWithoutALinkInTheSidebarGetsItUnmarked() {
        SidebarHtml none = new SharedSidebar(HTML).markedAt("../elsewhere/");
        assertEquals(HTML, none.html());
        assertEquals(HTML, utf8(none.utf8()));
    }

    @Test
    void laterPagesFindTheirLinkThroughTheIndexAtTheSamePlaceAsTheFirstPageBySearching() {
        SharedSidebar shared = new SharedSidebar(HTML);
        SidebarHtml searched = shared.markedAt("../risk/");
        for (int i = 0; i < 4; i++) {
            shared.markedAt("../nowhere/");
        }
        SidebarHtml indexed = shared.markedAt("../risk/");
        SidebarHtml otherIndexed = shared.markedAt("../s\u00e9curit\u00e9/");
        SidebarHtml otherSearched = new SharedSidebar(HTML).markedAt("../s\u00e9curit\u00e9/");

        assertEquals(new SidebarHtml(shared, 83), searched);
        assertEquals(searched, indexed);
        assertEquals(new SidebarHtml(shared, 32), otherIndexed);
        assertEquals(otherSearched.markByte(), otherIndexed.markByte());
        assertEquals(-1, shared.markedAt("../elsewhere/").markByte());
    }

    @Test
    void aSidebarOfPartsIsTheirTextInOrderAndMarksTheFirstLinkOfAnyPart() {
        String one = "<ul><li><a href=\"../s\u00e9curit\u00e9/\">S\u00e9curit\u00e9</a></li>";
        String two = "<li><a href=\"../risk/\">Risk</a></li>";
        String three = "<li><a href=\"../risk/\">Risk again</a></li></ul>";
        String whole = one + two + three;
        SharedSidebar parts = new SharedSidebar(
                java.util.List.of(SharedSidebar.Part.of(one), SharedSidebar.Part.of(two), SharedSidebar.Part.of(three)));

        assertEquals(whole, parts.html());
        assertEquals(new SharedSidebar(whole).markedAt("../risk/").html(), parts.markedAt("../risk/").html());
        assertEquals(new SharedSidebar(whole).markedAt("../risk/").markByte(), parts.markedAt("../risk/").markByte());
        assertEquals(whole.replace("href=\"../s\u00e9curit\u00e9/\"", "href=\"../s\u00e9curit\u00e9/\" aria-current=\"page\""),
                utf8(parts.markedAt("../s\u00e9curit\u00e9/").utf8()));
    }

    @Test
    void aPartEndingInsideAnUnclosedHrefIsSearchedWithWhatFollowsAsInTheWholeText() {
        String raw = "<li><span title='href=\"x'>HTML</span></li>";
        String next = "<li><a href=\"../risk/\">Risk</a></li>";
        SharedSidebar parts = new SharedSidebar(java.util.List.of(SharedSidebar.Part.of(raw), SharedSidebar.Part.of(next)));

        assertEquals(new SharedSidebar(raw + next).markedAt("../risk/").markByte(), parts.markedAt("../risk/").markByte());
        assertEquals(-1, parts.markedAt("../risk/").markByte());
    }

    private static String utf8(ByteBuffer[] parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ByteBuffer part : parts) {
            ByteBuffer view = part.duplicate();
            byte[] bytes = new byte[view.remaining()];
            view.get(bytes);
            out.writeBytes(bytes);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
