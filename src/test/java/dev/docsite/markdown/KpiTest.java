package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KpiTest {

    private static final String PAGE = lines(
            "## KPIs",
            "",
            "Open findings: :kpi[open_findings] (live), MTTR :kpi[mttr.days].",
            "",
            "```kpi",
            "# leading comment",
            "sla_compliance",
            "",
            "  backlog-trend",
            "```",
            "",
            "- In a list :kpi[coverage]");

    @Test
    void reportsInlineAndBlockKpisWithExactPositions() {
        assertEquals(List.of(
                new KpiRef("open_findings", 3, 16),
                new KpiRef("mttr.days", 3, 49),
                new KpiRef("sla_compliance", 7, 1),
                new KpiRef("backlog-trend", 9, 3),
                new KpiRef("coverage", 12, 13)), ENGINE.outline(PAGE).kpiRefs());
    }

    @Test
    void rendersInlineKpisWithTheContextHtml() {
        RecordingContext ctx = new RecordingContext();
        Document html = Jsoup.parseBodyFragment(ENGINE.render(PAGE, ctx));
        assertEquals(List.of("open_findings", "mttr.days", "coverage"), ctx.inlineKpis);
        assertEquals(List.of("open_findings", "mttr.days"), html.select("p > span.kpi").eachAttr("data-kpi"));
        assertEquals("Open findings: 42 (live), MTTR 42.", html.selectFirst("p").text());
    }

    @Test
    void rendersAKpiBlockInPlaceOfTheFence() {
        RecordingContext ctx = new RecordingContext();
        Document html = Jsoup.parseBodyFragment(ENGINE.render(PAGE, ctx));
        assertEquals(List.of(List.of("sla_compliance", "backlog-trend")), ctx.kpiBlocks);
        assertEquals("sla_compliance,backlog-trend", html.selectFirst("div.kpi-block").text());
        assertTrue(html.select("pre").isEmpty());
    }

    @Test
    void ignoresKpiSyntaxThatIsNotAKpi() {
        PageOutline outline = ENGINE.outline(lines("A :kpi[] and :kpi[two words] and `:kpi[code]`."));
        assertTrue(outline.kpiRefs().isEmpty());
        assertEquals("<p>A :kpi[] and :kpi[two words] and <code>:kpi[code]</code>.</p>\n", Pages.render(
                lines("A :kpi[] and :kpi[two words] and `:kpi[code]`.")));
    }
}
