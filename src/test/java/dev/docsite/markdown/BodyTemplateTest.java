package dev.docsite.markdown;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        String[] firstLines = first.split("\n");
        String[] secondLines = second.split("\n");
        assertEquals("<p>See <a href=\"../setup/#install\">setup</a> and <img src=\"img/logo.png\" alt=\"logo\" title=\"Logo\" />.</p>",
                firstLines[1]);
        assertEquals("<p>See <a href=\"/docs/setup/#install\">setup</a> and <img src=\"img/logo.png\" alt=\"logo\" title=\"Logo\" />.</p>",
                secondLines[1]);
        assertEquals("<p><a href=\"raw.md\">raw</a></p>", firstLines[5]);
        assertEquals("<p><a href=\"raw.md\" class=\"broken-link\" data-broken=\"no page raw.md\" title=\"no page raw.md\">raw</a></p>",
                secondLines[5]);
    }

    @Test
    void fillsExactlyWhatRenderingInOneGoWrites() {
        RecordingContext ctx = new RecordingContext().after("recommended-kpis", "<p>after</p>");
        String once = ENGINE.render(PAGE, ctx);
        String filled = ENGINE.prepare(PAGE).body().fill(new RecordingContext().after("recommended-kpis", "<p>after</p>"));
        assertEquals(once, filled);
        assertEquals(lines(
                "<h1 id=\"guide\">Guide<a class=\"hash-link\" href=\"#guide\" aria-label=\"Direct link to Guide\" title=\"Direct link to Guide\">#</a></h1>",
                "<p>See <a href=\"setup.md#install\">setup</a> and <img src=\"img/logo.png\" alt=\"logo\" title=\"Logo\" />.</p>",
                "<p>Backlog <span class=\"kpi\" data-kpi=\"backlog\">42</span> today.</p>",
                "<h2 id=\"recommended-kpis\">Recommended KPIs<a class=\"hash-link\" href=\"#recommended-kpis\" aria-label=\"Direct link to Recommended KPIs\" title=\"Direct link to Recommended KPIs\">#</a></h2>",
                "<p>after</p>",
                "<div class=\"kpi-block\">backlog,sla</div>",
                "<p><a href=\"raw.md\">raw</a></p>",
                "<p>Visit <a href=\"https://example.com\">https://example.com</a>.</p>"), filled);
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
        assertEquals(lines("<p>Odd " + controls + " text with <a href=\"A/\">a</a> and \uE000 too.</p>",
                "<p><a href=\"B/\">b</a></p>"), html);
    }

    @Test
    void aPageWithNothingToAskIsFinishedHtml() {
        RecordingContext ctx = new RecordingContext();
        assertEquals("<p>Just <em>text</em>.</p>\n", ENGINE.prepare("Just *text*.\n").body().fill(ctx));
        assertTrue(ctx.rewritten.isEmpty());
    }
}
