package dev.docsite.markdown;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page is parsed once; its body template is filled for each rendering with the site's answers. */
class BodyTemplateTest {

    private static final String PAGE = lines(
            "# Guide",
            "",
            "See [setup](setup.md#install) and ![logo](img/logo.png \"Logo\").",
            "",
            "Backlog :kpi[backlog] today.",
            "",
            "## Recommended KPIs",
            "",
            "```kpi",
            "backlog",
            "sla",
            "```",
            "",
            "<a href=\"raw.md\">raw</a>",
            "",
            "Visit https://example.com.");

    @Test
    void asksTheContextInTheOrderOfTheOutline() {
        ParsedPage parsed = ENGINE.prepare(PAGE);
        RecordingContext ctx = new RecordingContext();
        parsed.body().fill(ctx);
        assertEquals(parsed.outline().links(), ctx.rewritten);
        assertEquals(List.of("backlog"), ctx.inlineKpis);
        assertEquals(List.of(List.of("backlog", "sla")), ctx.kpiBlocks);
        assertEquals(parsed.outline().headings(), ctx.headings);
    }

    @Test
    void oneTemplateServesManyRenderingsWithDifferentAnswers() {
        BodyTemplate template = ENGINE.prepare(PAGE).body();
        String first = template.fill(new RecordingContext().rewriting("setup.md#install", "../setup/#install"));
        String second = template.fill(new RecordingContext().rewriting("setup.md#install", "/docs/setup/#install")
                .broken("raw.md", "no page raw.md"));
        assertTrue(first.contains("<a href=\"../setup/#install\">setup</a>"), first);
        assertTrue(second.contains("<a href=\"/docs/setup/#install\">setup</a>"), second);
        assertTrue(second.contains("class=\"broken-link\" data-broken=\"no page raw.md\""), second);
        assertFalse(first.contains("broken-link"), first);
    }

    @Test
    void fillsExactlyWhatRenderingInOneGoWrites() {
        RecordingContext ctx = new RecordingContext().after("recommended-kpis", "<p>after</p>");
        String once = ENGINE.render(PAGE, ctx);
        String filled = ENGINE.prepare(PAGE).body().fill(new RecordingContext().after("recommended-kpis", "<p>after</p>"));
        assertEquals(once, filled);
        assertTrue(filled.contains("<img src=\"img/logo.png\" alt=\"logo\" title=\"Logo\" />"), filled);
        assertTrue(filled.contains("Recommended KPIs<a class=\"hash-link\""), filled);
        assertTrue(filled.contains("</h2>\n<p>after</p>\n"), filled);
        assertTrue(filled.contains("<span class=\"kpi\" data-kpi=\"backlog\">42</span>"), filled);
        assertTrue(filled.contains("<div class=\"kpi-block\">backlog,sla</div>"), filled);
        assertTrue(filled.contains("<a href=\"https://example.com\">https://example.com</a>"), filled);
    }

    @Test
    void textHoldingTheMarkerCharactersIsKeptAndSlotsStillLandInPlace() {
        StringBuilder controls = new StringBuilder();
        for (char c = 1; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C) {
                controls.append(c);
            }
        }
        String source = lines("Odd " + controls + " text with [a](a.md) and &#xE000; too.", "", "[b](b.md)");
        String html = ENGINE.prepare(source).body().fill(new RecordingContext().rewriting("a.md", "A/").rewriting("b.md", "B/"));
        assertTrue(html.contains(controls), html);
        assertTrue(html.contains("<a href=\"A/\">a</a> and \uE000 too."), html);
        assertTrue(html.contains("<a href=\"B/\">b</a>"), html);
    }

    @Test
    void aPageWithNothingToAskIsFinishedHtml() {
        RecordingContext ctx = new RecordingContext();
        assertEquals("<p>Just <em>text</em>.</p>\n", ENGINE.prepare("Just *text*.\n").body().fill(ctx));
        assertTrue(ctx.rewritten.isEmpty());
    }
}
