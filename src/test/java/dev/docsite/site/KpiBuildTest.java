package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.problem.Problem;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPIs through the whole build: placement, provenance, unknown ids, hostile data, feed failure and fallback. */
class KpiBuildTest {

    @TempDir
    Path dir;

    private static final String FEED = """
            {"generated_at": "2026-11-20T08:00:00Z", "source": "AppSec <b>export</b>",
             "kpis": [
               {"id": "backlog", "label": "Backlog <script>alert(1)</script>", "unit": "count", "better": "down",
                "value": 142, "target": 100,
                "series": [{"t": "2026-09-01", "v": 170}, {"t": "2026-10-01", "v": 154}],
                "breakdown": {"by": "severity", "rows": [{"key": "<i>Critical</i>", "value": 23},
                                                       {"key": "High", "value": 119}]}},
               {"id": "sla", "label": "SLA", "unit": "percent", "better": "up", "value": 91.4, "target": 95}
             ]}
            """;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "kpi:\n  feed: data/feed.json\n");
        site.file("data/feed.json", FEED);
        site.page("guide.md", "title: Guide\nkpis: [backlog, sla]",
                "## Objective\n\nBacklog is :kpi[backlog] today.\n\n## Recommended KPIs\n\n- list\n\n```kpi\nsla\n```\n");
        site.page("top.md", "title: Top\nkpis: [sla]", "No KPI heading here.\n");
        return site;
    }

    @Test
    void inlineBlockAndFrontmatterKpisAreRenderedWhereTheyBelong() {
        TestSite site = site();
        assertEquals(java.util.List.of(), site.build().problems());
        Document guide = site.html("guide/index.html");
        Element heading = guide.getElementById("recommended-kpis");
        assertNotNull(heading);
        assertTrue(heading.nextElementSibling().select(".kpi-card").size() == 2, "frontmatter grid right under the heading");
        assertNotNull(guide.selectFirst(".kpi-inline[data-kpi=backlog]"));
        assertEquals(3, guide.select(".kpi-card").size(), "two from frontmatter, one from the fenced block");
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from AppSec <b>export</b>",
                guide.selectFirst(".kpi-provenance").text());
        Document top = site.html("top/index.html");
        assertEquals(1, top.select(".kpi-top .kpi-card").size(), "no KPI heading: the grid goes under the title");
    }

    @Test
    void hostileFeedStringsAreTextNotMarkup() {
        TestSite site = site();
        site.build();
        Document guide = site.html("guide/index.html");
        assertTrue(guide.select(".markdown script, .kpi-card script").isEmpty());
        assertTrue(guide.select(".kpi-card i").isEmpty());
        assertEquals("Backlog <script>alert(1)</script>", guide.selectFirst(".kpi-card[data-kpi=backlog] .kpi-label").text());
        assertEquals("<i>Critical</i>", guide.selectFirst(".kpi-card[data-kpi=backlog] .kpi-bar-key").text());
    }

    @Test
    void snapshotOfTheDataUsedIsPublished() throws IOException {
        TestSite site = site();
        site.build();
        JsonNode snapshot = new ObjectMapper().readTree(site.read("kpi/snapshot.json"));
        assertEquals("2026-11-21T09:00:00Z", snapshot.get("fetched_at").textValue());
        assertEquals("data/feed.json", snapshot.get("origin").textValue());
        assertEquals("backlog", snapshot.get("kpis").get(0).get("id").textValue());
    }

    @Test
    void unknownKpiIsAProblemAtItsLineAndAVisiblePlaceholder() {
        TestSite site = site();
        site.page("bad.md", "title: Bad", "Text\n\nValue :kpi[nope] here.\n");
        Problem p = site.build().problems().get(0);
        assertEquals(ProblemCode.UNKNOWN_KPI, p.code());
        assertEquals("content/bad.md", p.file());
        assertEquals(6, p.line());
        assertEquals(7, p.column());
        assertNotNull(site.html("bad/index.html").selectFirst(".kpi-unknown[data-kpi=nope]"));
    }

    @Test
    void aBadFeedFailsTheBuildAndLeavesThePreviousOutputUntouched() throws IOException {
        TestSite site = site();
        site.build();
        String before = site.read("guide/index.html");
        site.file("data/feed.json", FEED.replace("\"value\": 142", "\"value\": \"n/a\""));
        BuildResult r = site.build();
        assertTrue(r.failed());
        Problem p = r.problems().stream().filter(x -> x.code() == ProblemCode.KPI_FEED).findFirst().orElseThrow();
        assertEquals("kpis[0].value: expected a number, got \"n/a\" (use null when there is no data yet)", p.message());
        assertEquals(before, site.read("guide/index.html"));
    }

    @Test
    void withUseLastSnapshotABadFeedFallsBackToTheLastGoodDataAndSaysSo() throws IOException {
        TestSite site = site();
        site.file("site.yml", "kpi:\n  feed: data/feed.json\n  on_feed_error: use-last-snapshot\n");
        assertFalse(site.build().failed());
        site.file("data/feed.json", "{ not json");
        BuildResult r = site.build();
        assertFalse(r.failed(), r.failure());
        assertTrue(r.problems().stream().anyMatch(x -> x.code() == ProblemCode.KPI_FEED));
        Document guide = site.html("guide/index.html");
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from AppSec <b>export</b> (last good snapshot; feed unavailable)", guide.selectFirst(".kpi-provenance").text());
        assertNotNull(guide.selectFirst(".kpi-card[data-kpi=backlog]"));
        assertTrue(Files.isRegularFile(dir.resolve(".docsite/kpi-last-good.json")));
    }

    @Test
    void aPageWithoutKpisHasNoProvenanceLine() {
        TestSite site = site();
        site.page("plain.md", "title: Plain", "Nothing\n");
        site.build();
        assertNull(site.html("plain/index.html").selectFirst(".kpi-provenance"));
    }

    @Test
    void pagesWithKpisLoadTheFreshnessScriptAndOthersDoNot() {
        TestSite site = site();
        site.page("plain.md", "title: Plain", "Nothing\n");
        site.build();
        assertEquals(List.of("../assets/kpi.js"), site.html("guide/index.html").select("script[src$=kpi.js]").eachAttr("src"));
        assertTrue(site.html("plain/index.html").select("script[src$=kpi.js]").isEmpty());
    }

    @Test
    void kpiSummaryTopPutsAStripUnderTheTitleLinkingToTheCards() {
        TestSite site = site();
        site.file("site.yml", "kpi:\n  feed: data/feed.json\n  summary: top\n");
        assertEquals(List.of(), site.build().problems());
        Document guide = site.html("guide/index.html");
        Element strip = guide.selectFirst(".doc-header + .kpi-top > nav.kpi-summary");
        assertNotNull(strip, "right under the title");
        assertEquals("KPIs on this page", strip.attr("aria-label"));
        List<Element> items = strip.select("li.kpi-summary-item");
        assertEquals(List.of("#kpi-backlog", "#kpi-sla"), items.stream()
                .map(li -> li.selectFirst("a.kpi-summary-label").attr("href")).toList());
        assertEquals("Backlog <script>alert(1)</script> 142 ▼ Off track", items.get(0).text().replaceAll(" stale \\(.*\\)", ""));
        assertEquals("SLA 91.4% Off track", items.get(1).text().replaceAll(" stale \\(.*\\)", ""));
        assertEquals("kpi-card", guide.getElementById("kpi-backlog").className().replace(" kpi-is-stale", ""),
                "the link's target is the first card of that KPI");
        assertEquals(1, guide.select("#kpi-sla").size(), "the second card of sla (the fenced block) has no id");
        assertEquals(2, guide.select(".kpi-card[data-kpi=sla]").size());
    }

    @Test
    void frontmatterKpiSummaryWinsOverTheSiteAndAWrongValueIsAWarning() {
        TestSite site = site();
        site.page("guide.md", "title: Guide\nkpis: [backlog]\nkpi_summary: top", "## Recommended KPIs\n");
        site.page("top.md", "title: Top\nkpis: [sla]\nkpi_summary: sideways", "Text.\n");
        List<Problem> problems = site.build().problems();
        assertNotNull(site.html("guide/index.html").selectFirst(".kpi-summary"));
        assertNull(site.html("top/index.html").selectFirst(".kpi-summary"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("content/top.md:4:1: warning: kpi_summary: expected 'top' or 'none', got 'sideways'; the site's"
                + " kpi.summary applies [frontmatter]", problems.get(0).format().strip());

        site.file("site.yml", "kpi:\n  feed: data/feed.json\n  summary: top\n");
        site.page("guide.md", "title: Guide\nkpis: [backlog]\nkpi_summary: none", "## Recommended KPIs\n");
        site.build();
        assertNull(site.html("guide/index.html").selectFirst(".kpi-summary"));
    }
}
