package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.docsite.markdown.LinkRef.Kind.IMAGE;
import static dev.docsite.markdown.LinkRef.Kind.LINK;
import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkExtractionTest {

    private static final String PAGE = lines(
            "Inline [guide](../guide.md) and ![logo](./img/logo.png \"Logo\").",          // 1
            "Encoded [a](./my%20page.md#part) and [q](search.md?q=a&b=c#r).",              // 2
            "Angle [spaced](<my page.md>) and <https://example.com/x>.",                    // 3
            "",                                                                            // 4
            "| Name | Where |",                                                             // 5
            "|------|-------|",                                                            // 6
            "| T    | [table](t.md) |",                                                    // 7
            "",                                                                            // 8
            "- item [in list](l.md)",                                                      // 9
            "  - nested ![pic](p.png)",                                                    // 10
            "",                                                                            // 11
            "Use [the ref][r] and [r] again.",                                             // 12
            "",                                                                            // 13
            "[r]: ./ref.md \"Ref\"",                                                       // 14
            "",                                                                            // 15
            "<a id=\"top\" href=\"./raw.md\">raw</a> <span name=\"spot\">x</span>",        // 16
            "",                                                                            // 17
            "<div id=\"box\">",                                                            // 18
            "  <video src=\"movie.mp4\" poster=\"poster.png\"><source src=\"movie.webm\" /></video>", // 19
            "</div>",                                                                      // 20
            "",                                                                            // 21
            "```md",                                                                       // 22
            "[code](ignored.md)",                                                          // 23
            "```");                                                                        // 24

    private static final List<LinkRef> EXPECTED = List.of(
            new LinkRef("../guide.md", LINK, 1, 8),
            new LinkRef("./img/logo.png", IMAGE, 1, 33),
            new LinkRef("./my%20page.md#part", LINK, 2, 9),
            new LinkRef("search.md?q=a&b=c#r", LINK, 2, 38),
            new LinkRef("my page.md", LINK, 3, 7),
            new LinkRef("https://example.com/x", LINK, 3, 34),
            new LinkRef("t.md", LINK, 7, 10),
            new LinkRef("l.md", LINK, 9, 8),
            new LinkRef("p.png", IMAGE, 10, 12),
            new LinkRef("./ref.md", LINK, 12, 5),
            new LinkRef("./ref.md", LINK, 12, 22),
            new LinkRef("./raw.md", LINK, 16, 1),
            new LinkRef("movie.mp4", IMAGE, 19, 3),
            new LinkRef("poster.png", IMAGE, 19, 3),
            new LinkRef("movie.webm", IMAGE, 19, 46));

    @Test
    void reportsEveryLinkAndImageWithItsSourcePosition() {
        assertEquals(EXPECTED, ENGINE.outline(PAGE).links());
    }

    @Test
    void asksTheContextForEveryLinkWithTheSameRefsAsTheOutline() {
        RecordingContext ctx = new RecordingContext();
        ENGINE.render(PAGE, ctx);
        assertEquals(EXPECTED, ctx.rewritten);
    }

    @Test
    void writesTheRewrittenUrls() {
        RecordingContext ctx = new RecordingContext()
                .rewriting("../guide.md", "../guide/")
                .rewriting("./my%20page.md#part", "my%20page/#part")
                .rewriting("search.md?q=a&b=c#r", "search/?q=a&b=c#r")
                .rewriting("./img/logo.png", "img/logo.png")
                .rewriting("./raw.md", "raw/")
                .rewriting("movie.webm", "media/movie.webm");
        Document html = Jsoup.parseBodyFragment(ENGINE.render(PAGE, ctx));
        assertEquals("../guide/", html.select("a").get(0).attr("href"));
        assertEquals("my%20page/#part", html.select("a").get(1).attr("href"));
        assertEquals("search/?q=a&b=c#r", html.select("a").get(2).attr("href"));
        assertEquals("img/logo.png", html.selectFirst("img[alt=logo]").attr("src"));
        assertEquals("Logo", html.selectFirst("img[alt=logo]").attr("title"));
        assertEquals("raw/", html.selectFirst("a#top").attr("href"));
        assertEquals("media/movie.webm", html.selectFirst("source").attr("src"));
        assertEquals("movie.mp4", html.selectFirst("video").attr("src"));
    }

    @Test
    void keepsUnchangedRawHtmlByteForByte() {
        String html = Pages.render(lines("<p align=\"center\"><a href='x.md' data-a=b>x</a></p>"));
        assertEquals("<p align=\"center\"><a href='x.md' data-a=b>x</a></p>\n", html);
    }

    @Test
    void escapesAmpersandsInRenderedUrls() {
        String html = Pages.render(lines("[q](search.md?a=1&b=2)"));
        assertEquals("<p><a href=\"search.md?a=1&amp;b=2\">q</a></p>\n", html);
    }

    @Test
    void collectsIdsAndNamesOfRawHtmlElementsAsAnchors() {
        PageOutline outline = ENGINE.outline(PAGE);
        assertEquals(Set.of("top", "spot", "box"), outline.elementIds());
        assertTrue(outline.hasAnchor("box"));
    }

    @Test
    void reportsBareUrlsAndEmailAddresses() {
        assertEquals(List.of(new LinkRef("http://www.example.com", LINK, 1, 5), new LinkRef("https://x.org/a", LINK, 1, 27),
                        new LinkRef("mailto:me@example.com", LINK, 1, 51)),
                ENGINE.outline(lines("See www.example.com, then https://x.org/a or mail me@example.com.")).links());
    }

    @Test
    void ignoresUndefinedReferences() {
        assertTrue(ENGINE.outline(lines("Not a [link][nowhere] or [this].")).links().isEmpty());
        assertEquals("<p>Not a [link][nowhere] or [this].</p>\n", Pages.render(lines("Not a [link][nowhere] or [this].")));
    }

    @Test
    void linksBareUrlsOnlyWhereThePageHasThem() {
        assertTrue(ENGINE.outline(Pages.lines("Plain text about example.com without a scheme.")).links().isEmpty());
        assertEquals(List.of(new LinkRef("https://example.com", LINK, 1, 7)),
                ENGINE.outline(Pages.lines("Visit https://example.com today.")).links());
    }
}
