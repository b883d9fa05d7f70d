package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BrokenLinksTest {

    private static final String REASON = "no page \"missing.md\" <here>";

    private static Document render(String source) {
        return Jsoup.parseBodyFragment(ENGINE.render(source, new RecordingContext().broken("missing.md", REASON)));
    }

    @Test
    void marksBrokenMarkdownLinksWithTheReason() {
        Element a = render(lines("See [gone](missing.md \"Old title\") or [ok](ok.md).")).selectFirst("a.broken-link");
        assertEquals("missing.md", a.attr("href"));
        assertEquals(REASON, a.attr("data-broken"));
        assertEquals(REASON, a.attr("title"));
        assertEquals("gone", a.text());
    }

    @Test
    void escapesTheReasonInAttributes() {
        String html = ENGINE.render(lines("[gone](missing.md)"), new RecordingContext().broken("missing.md", REASON));
        assertEquals("<p><a href=\"missing.md\" class=\"broken-link\" data-broken=\"no page &quot;missing.md&quot; &lt;here&gt;\""
                + " title=\"no page &quot;missing.md&quot; &lt;here&gt;\">gone</a></p>\n", html);
    }

    @Test
    void leavesWorkingLinksUnmarked() {
        Element ok = render(lines("[ok](ok.md)")).selectFirst("a");
        assertFalse(ok.hasClass("broken-link"));
        assertFalse(ok.hasAttr("data-broken"));
    }

    @Test
    void marksBrokenImages() {
        Element img = render(lines("![chart](missing.md)")).selectFirst("img");
        assertEquals("broken-link", img.className());
        assertEquals(REASON, img.attr("data-broken"));
    }

    @Test
    void marksBrokenRawHtmlLinksKeepingTheirClassesAndReplacingTheTitle() {
        Element a = render(lines("<a class=\"btn\" title=\"t\" href=\"missing.md\">x</a>")).selectFirst("a");
        assertEquals("btn broken-link", a.className());
        assertEquals(REASON, a.attr("title"));
        assertEquals(REASON, a.attr("data-broken"));
    }

    @Test
    void marksBrokenReferenceAndAutoLinks() {
        Document html = render(lines("[gone][m] <missing.md>", "", "[m]: missing.md"));
        assertEquals(1, html.select("a.broken-link").size());
    }
}
