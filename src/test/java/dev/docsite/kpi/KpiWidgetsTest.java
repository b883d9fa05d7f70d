package dev.docsite.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.kpi.feed.FeedParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KpiWidgetsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static final String FEED = """
            { "generated_at": "2026-11-20T08:00:00Z", "source": "AppSec platform export",
              "kpis": [
                { "id": "backlog", "label": "Critical/high backlog", "unit": "count", "better": "down",
                  "value": 142, "target": 100,
                  "series": [{"t": "2026-08-01", "v": 190}, {"t": "2026-09-01", "v": 171}, {"t": "2026-10-01", "v": 154}],
                  "breakdown": {"by": "business unit", "rows": [{"key": "Payments", "value": 61},
                                                               {"key": "Retail", "value": 81}]} },
                { "id": "sla", "label": "SLA compliance", "unit": "percent", "better": "up",
                  "value": 93.1, "target": 95,
                  "series": [{"t": "2026-09-01", "v": 91.0}, {"t": "2026-10-01", "v": 92.4}] },
                { "id": "mttr", "label": "MTTR", "unit": "days", "better": "down", "value": 4.2, "target": 5,
                  "series": [{"t": "2026-10-01", "v": 3.9}] },
                { "id": "age", "label": "Ticket age", "unit": "hours", "better": "down", "value": 36,
                  "as_of": "2026-11-01T00:00:00Z",
                  "series": [{"t": "2026-10-01", "v": 36}] },
                { "id": "ratio", "label": "Fix ratio", "unit": "ratio", "better": "up", "value": 0.82 },
                { "id": "coverage", "label": "Coverage", "unit": "percent", "better": "up", "value": null,
                  "target": 90, "series": [{"t": "2026-09-01", "v": 80}, {"t": "2026-10-01", "v": 82}] }
              ] }
            """;

    private Locale savedLocale;

    @BeforeEach
    void remember() {
        savedLocale = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
    }

    private static KpiSnapshot snapshot(String json) {
        var parse = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "data/kpi-feed.json", NOW);
        assertTrue(parse.ok(), parse.problems()::toString);
        return parse.snapshot();
    }

    private static KpiWidgets widgets() {
        return new KpiWidgets(snapshot(FEED), WEEK, NOW);
    }

    private static Element root(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.childrenSize(), "one root element: " + html);
        return body.child(0);
    }

    @Test
    void inlineShowsValueAndTrendArrowWithTitle() {
        assertEquals("<span class=\"kpi-inline\" data-kpi=\"backlog\">142 <span class=\"kpi-trend kpi-good\""
                + " role=\"img\" aria-label=\"down 12 since 2026-10-01, better\" title=\"down 12 since 2026-10-01\">"
                + "&#9660;</span></span>", widgets().inline("backlog"));
    }

    @Test
    void inlineWithoutDataSaysSo() {
        Element e = root(widgets().inline("coverage"));
        assertEquals("No data yet", e.text());
        assertEquals("coverage", e.attr("data-kpi"));
    }

    @Test
    void cardShowsEveryPartAsText() {
        Element card = root(widgets().card("backlog"));
        assertTrue(card.hasClass("kpi-card"));
        assertEquals("backlog", card.attr("data-kpi"));
        assertEquals("Critical/high backlog", card.selectFirst(".kpi-label").text());
        assertEquals("142", card.selectFirst("[data-kpi-field=value]").text());
        assertEquals("▼ −12 since 2026-10-01 (better)", card.selectFirst("[data-kpi-field=delta]").text());
        assertEquals("Target ≤ 100 · Off track", card.selectFirst("[data-kpi-field=target]").text());
        assertEquals("As of 20 Nov 2026 08:00 UTC", card.selectFirst("[data-kpi-field=as-of]").text());
        assertEquals("2026-11-20T08:00:00Z", card.selectFirst("time").attr("datetime"));
        assertNull(card.selectFirst(".kpi-stale"), "fresh data is not stale");
        for (Element field : card.select("[data-kpi-field]")) {
            assertEquals("backlog", field.attr("data-kpi"), "every widget part names its KPI");
        }
    }

    @Test
    void breakdownIsABarListScaledToTheLargestRow() {
        Element card = root(widgets().card("backlog"));
        Element breakdown = card.selectFirst("[data-kpi-field=breakdown]");
        assertEquals("By business unit", breakdown.selectFirst("figcaption").text());
        List<Element> rows = breakdown.select("li.kpi-bar-row");
        assertEquals(2, rows.size());
        assertEquals("Payments", rows.get(0).selectFirst(".kpi-bar-key").text());
        assertEquals("61", rows.get(0).selectFirst(".kpi-bar-value").text());
        assertEquals("75.3", rows.get(0).selectFirst("rect.kpi-bar-fill").attr("width"));
        assertEquals("100", rows.get(1).selectFirst("rect.kpi-bar-fill").attr("width"));
    }

    @Test
    void valuesAreFormattedPerUnit() {
        KpiWidgets w = widgets();
        assertEquals("93.1%", root(w.card("sla")).selectFirst(".kpi-value").text());
        assertEquals("4.2 days", root(w.card("mttr")).selectFirst(".kpi-value").text());
        assertEquals("36 hours", root(w.card("age")).selectFirst(".kpi-value").text());
        assertEquals("0.82", root(w.card("ratio")).selectFirst(".kpi-value").text());
        assertEquals("No data yet", root(w.card("coverage")).selectFirst(".kpi-value").text());
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"de-DE", "tr-TR"})
    void outputDoesNotDependOnTheDefaultLocale(String tag) {
        String english = widgets().cards(List.of("backlog", "sla", "mttr", "age", "ratio", "coverage"));
        Locale.setDefault(Locale.forLanguageTag(tag));
        String local = widgets().cards(List.of("backlog", "sla", "mttr", "age", "ratio", "coverage"));
        assertEquals(english, local);
        Document doc = Jsoup.parseBodyFragment(local);
        assertEquals("93.1%", doc.selectFirst(".kpi-card[data-kpi=sla] .kpi-value").text());
        assertEquals("▲ +0.7 pp since 2026-10-01 (better)", doc.selectFirst(".kpi-card[data-kpi=sla] .kpi-delta").text());
    }

    @Test
    void deltaIsJudgedByBetterDirection() {
        KpiWidgets w = widgets();
        Element down = root(w.card("backlog")).selectFirst(".kpi-delta");
        assertTrue(down.hasClass("kpi-good"), "a falling backlog is good");
        Element up = root(w.card("sla")).selectFirst(".kpi-delta");
        assertTrue(up.hasClass("kpi-good"), "rising SLA compliance is good");
        assertEquals("▲ +0.7 pp since 2026-10-01 (better)", up.text());
        Element worse = root(w.card("mttr")).selectFirst(".kpi-delta");
        assertTrue(worse.hasClass("kpi-bad"), "rising MTTR is bad");
        assertEquals("▲ +0.3 days since 2026-10-01 (worse)", worse.text());
        Element flat = root(w.card("age")).selectFirst(".kpi-delta");
        assertTrue(flat.hasClass("kpi-flat"));
        assertEquals("→ no change since 2026-10-01", flat.text());
        assertNull(root(w.card("ratio")).selectFirst(".kpi-delta"), "no history, no delta");
        assertNull(root(w.card("coverage")).selectFirst(".kpi-delta"), "no value, no delta");
    }

    @Test
    void targetStatusComparesByBetterDirection() {
        KpiWidgets w = widgets();
        assertEquals("Off track", root(w.card("backlog")).selectFirst(".kpi-status").text());
        assertEquals("Off track", root(w.card("sla")).selectFirst(".kpi-status").text());
        Element mttr = root(w.card("mttr")).selectFirst(".kpi-status");
        assertEquals("On track", mttr.text());
        assertTrue(mttr.hasClass("kpi-on-track"));
        assertEquals("Target ≥ 90%", root(w.card("coverage")).selectFirst(".kpi-target").text(),
                "no status without a value");
        assertNull(root(w.card("ratio")).selectFirst(".kpi-target"));
    }

    @Test
    void dataOlderThanMaxAgeIsMarkedStale() {
        KpiWidgets w = widgets();
        Element card = root(w.card("age"));
        assertTrue(card.hasClass("kpi-is-stale"));
        Element badge = card.selectFirst(".kpi-stale");
        assertEquals("Stale", badge.text());
        assertEquals("Data is older than 7 days (as of 1 Nov 2026 00:00 UTC)", badge.attr("title"));
        assertEquals("36 hours → stale", root(w.inline("age")).text());
        assertFalse(root(new KpiWidgets(snapshot(FEED), Duration.ofDays(30), NOW).card("age")).hasClass("kpi-is-stale"));
    }

    @Test
    void laterWidgetsOfTheSameSnapshotAreReusedUntilAKpiTurnsStale() {
        // "age" is as of 1 Nov 2026: 19 days old at NOW, so stale after 30 days on 1 Dec.
        KpiWidgets month = new KpiWidgets(snapshot(FEED), Duration.ofDays(30), NOW);
        String card = month.card("age");
        assertSame(month, month.at(NOW.plus(Duration.ofDays(5)), Duration.ofDays(30)));
        KpiWidgets december = month.at(Instant.parse("2026-12-02T00:00:00Z"), Duration.ofDays(30));
        assertNotSame(month, december);
        assertFalse(root(card).hasClass("kpi-is-stale"));
        assertTrue(root(december.card("age")).hasClass("kpi-is-stale"));
        assertNotSame(month, month.at(NOW, WEEK), "another maximum age judges again");
    }

    @Test
    void sparklineIsWellFormedSvgWithATextAlternative() {
        Element card = root(widgets().card("backlog"));
        Element svg = card.selectFirst("svg.kpi-spark");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        String summary = "Critical/high backlog: 190 on 2026-08-01 to 142 on 2026-11-20, 4 points, low 142,"
                + " high 190, target 100";
        assertEquals(summary, svg.attr("aria-label"));
        assertEquals(summary, svg.selectFirst("title").text());
        assertEquals("currentColor", svg.selectFirst("polyline").attr("stroke"));
        assertEquals(4, svg.selectFirst("polyline").attr("points").split(" ").length);
        assertNull(svg.selectFirst("line.kpi-spark-target"), "target 100 is outside the plotted 142..190");
        assertNotNull(svg.selectFirst("circle.kpi-spark-last"));

        Document xml = Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser());
        assertEquals("svg", xml.child(0).tagName(), "the SVG is also well-formed XML");
    }

    @Test
    void sparklineDrawsATargetWithinRangeAsADashedLine() {
        KpiWidgets w = new KpiWidgets(snapshot(FEED.replace("\"target\": 100", "\"target\": 166")), WEEK, NOW);
        Element svg = root(w.card("backlog")).selectFirst("svg.kpi-spark");
        Element target = svg.selectFirst("line.kpi-spark-target");
        assertEquals("3 2", target.attr("stroke-dasharray"));
        assertEquals("16", target.attr("y1"), "166 is halfway between 142 and 190: the middle of a 32-high box");
        assertEquals("0 0 120 32", svg.attr("viewBox"));
        assertEquals("117,29", svg.selectFirst("polyline").attr("points").replaceAll(".* ", ""),
                "the latest point is bottom right");
    }

    @Test
    void hostileFeedStringsRenderAsText() {
        String xss = "<script>alert(1)</script>";
        String hostile = """
                { "generated_at": "2026-11-20T08:00:00Z", "source": "<img src=x onerror=alert(2)>",
                  "kpis": [ { "id": "x\\"><script>alert(3)</script>", "label": "<script>alert(1)</script>",
                    "unit": "count", "better": "up", "value": 1, "target": 2,
                    "series": [{"t": "2026-10-01", "v": 0}],
                    "breakdown": {"by": "<b onmouseover=alert(4)>bu</b>",
                                  "rows": [{"key": "<script>alert(5)</script>", "value": 1}]} } ] }
                """;
        KpiSnapshot s = snapshot(hostile);
        KpiWidgets w = new KpiWidgets(s, WEEK, NOW);
        String id = "x\"><script>alert(3)</script>";
        String html = w.cards(List.of(id)) + w.inline(id) + w.unknown("<script>alert(6)</script>")
                + w.provenanceHtml();
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script").isEmpty(), html);
        assertTrue(doc.select("img").isEmpty(), html);
        assertTrue(doc.select("b").isEmpty(), html);
        assertEquals(xss, doc.selectFirst(".kpi-label").text());
        assertEquals(id, doc.selectFirst(".kpi-card").attr("data-kpi"));
        assertEquals("By <b onmouseover=alert(4)>bu</b>", doc.selectFirst("figcaption").text());
        assertEquals("<script>alert(5)</script>", doc.selectFirst(".kpi-bar-key").text());
        assertEquals(xss + ": 0 on 2026-10-01 to 1 on 2026-11-20, 2 points, low 0, high 1, target 2",
                doc.selectFirst("svg title").text());
        assertEquals("KPI “<script>alert(6)</script>” is not in the feed", doc.selectFirst(".kpi-unknown").text());
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from <img src=x onerror=alert(2)>",
                doc.selectFirst(".kpi-provenance").text());
    }

    @Test
    void unknownIdsGetVisiblePlaceholders() {
        KpiWidgets w = widgets();
        assertFalse(w.has("nope"));
        Element inline = root(w.inline("nope"));
        assertTrue(inline.hasClass("kpi-unknown"));
        assertEquals("KPI “nope” is not in the feed", inline.text());
        Element card = root(w.card("nope"));
        assertTrue(card.hasClass("kpi-unknown"));
        assertEquals("nope", card.attr("data-kpi"));
        assertEquals("nope KPI “nope” is not in the feed", card.text());
        assertEquals("KPI “nope” unavailable: no KPI data", root(new KpiWidgets(null, WEEK, NOW).inline("nope")).text());
    }

    @Test
    void cardsWrapOneCardPerIdInAGrid() {
        Element grid = root(widgets().cards(List.of("sla", "nope", "backlog")));
        assertTrue(grid.hasClass("kpi-grid"));
        assertEquals(List.of("sla", "nope", "backlog"), grid.children().eachAttr("data-kpi"));
    }

    @Test
    void oneInstanceRendersTheSameFromManyThreads() {
        KpiWidgets w = widgets();
        List<String> ids = List.of("backlog", "sla", "mttr", "age", "ratio", "coverage");
        String expected = w.cards(ids);
        List<String> rendered = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> w.cards(ids)).toList();
        assertTrue(rendered.stream().allMatch(expected::equals));
    }

    @Test
    void provenanceNamesTimeSourceAndFallback() {
        KpiSnapshot s = snapshot(FEED);
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from AppSec platform export",
                new KpiWidgets(s, WEEK, NOW).provenance());
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from AppSec platform export"
                + " (last good snapshot; feed unavailable)", new KpiWidgets(s.asFallback(), WEEK, NOW).provenance());
        assertEquals("KPI data unavailable", new KpiWidgets(null, WEEK, NOW).provenance());
    }
}
