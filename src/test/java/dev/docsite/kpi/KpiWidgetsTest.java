package dev.docsite.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.KpiConfig;
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

    private static final String DATA = " data-kpi-as-of=\"2026-11-20T08:00:00Z\" data-kpi-max-age=\"604800\""
            + " data-kpi-max-age-text=\"7 days\"";

    @Test
    void inlineShowsValueAndTheChangeOverTheSeriesWithAHiddenStaleBadge() {
        assertEquals("<span class=\"kpi-inline\" data-kpi=\"backlog\"" + DATA + ">142 <span class=\"kpi-trend"
                + " kpi-good\" role=\"img\" aria-label=\"down 48 since 1 Aug 2026, better\" title=\"down 48 since"
                + " 1 Aug 2026, better\">&#9660;</span><span class=\"kpi-stale-note\" data-kpi-part=\"badge\" hidden>"
                + " <span class=\"kpi-badge kpi-stale\">stale</span><span class=\"kpi-stale-age\"> (<span"
                + " data-kpi-part=\"age\">4 hours old, within the maximum age of 7 days</span>)</span></span></span>",
                widgets().inline("backlog"));
    }

    @Test
    void inlineWithoutDataSaysSo() {
        Element e = root(widgets().inline("coverage"));
        assertEquals("No data yet", e.ownText());
        assertEquals("coverage", e.attr("data-kpi"));
    }

    @Test
    void cardShowsEveryPartAsText() {
        Element card = root(widgets().card("backlog"));
        assertTrue(card.hasClass("kpi-card"));
        assertEquals("backlog", card.attr("data-kpi"));
        assertEquals("2026-11-20T08:00:00Z", card.attr("data-kpi-as-of"));
        assertEquals("604800", card.attr("data-kpi-max-age"));
        Element visual = card.selectFirst(".kpi-visual");
        assertEquals("true", visual.attr("aria-hidden"), "the sentence speaks for the visible parts");
        assertEquals("Critical/high backlog", visual.selectFirst(".kpi-label").text());
        assertEquals("Fresh", visual.selectFirst(".kpi-badge").text());
        assertEquals("142", visual.selectFirst(".kpi-value").text());
        assertEquals("Target ≤ 100 · Off track", visual.selectFirst(".kpi-target").text());
        assertEquals("▼ −48 since 1 Aug 2026 (better)", visual.selectFirst(".kpi-delta").text());
        assertEquals("2026-08-01", visual.selectFirst(".kpi-delta time").attr("datetime"));
        assertEquals("1 Aug 2026 – 20 Nov 2026, 4 readings; dashed line: target",
                visual.selectFirst(".kpi-spark-caption").text());
        assertEquals("As of 20 Nov 2026 08:00 UTC · 4 hours old, within the maximum age of 7 days",
                visual.selectFirst(".kpi-asof").text());
        assertEquals("2026-11-20T08:00:00Z", visual.selectFirst(".kpi-asof time").attr("datetime"));
        assertNull(card.selectFirst(".kpi-stale"), "fresh data is not stale");
    }

    @Test
    void cardReadsAsOneSentenceToAScreenReader() {
        KpiWidgets w = widgets();
        assertEquals("Critical/high backlog: 142; target at most 100, off track; down 48 since 1 Aug 2026, better;"
                + " as of 20 Nov 2026 08:00 UTC, 4 hours old, fresh.", root(w.card("backlog")).selectFirst(".kpi-sr").text());
        assertEquals("SLA compliance: 93.1 percent; target at least 95.0 percent, off track; up 2.1 percentage points"
                + " since 1 Sep 2026, better; as of 20 Nov 2026 08:00 UTC, 4 hours old, fresh.",
                root(w.card("sla")).selectFirst(".kpi-sr").text());
        assertEquals("Ticket age: 36.0 hours; no change since 1 Oct 2026; as of 1 Nov 2026 00:00 UTC, 19 days old,"
                + " stale: over the maximum age of 7 days.", root(w.card("age")).selectFirst(".kpi-sr").text());
        assertEquals("Fix ratio: 0.82; no earlier reading to compare with; as of 20 Nov 2026 08:00 UTC, 4 hours old,"
                + " fresh.", root(w.card("ratio")).selectFirst(".kpi-sr").text());
        assertEquals("Coverage: no data yet; target at least 90.0 percent; as of 20 Nov 2026 08:00 UTC, 4 hours old,"
                + " fresh.", root(w.card("coverage")).selectFirst(".kpi-sr").text());
    }

    @Test
    void countBreakdownSharesOneScaleWithoutTargetMarks() {
        Element breakdown = root(widgets().card("backlog")).selectFirst("figure.kpi-breakdown");
        assertEquals("By business unit", breakdown.selectFirst("figcaption").text(),
                "the target of 100 is for the whole backlog, not for each row");
        List<Element> rows = breakdown.select("li.kpi-bar-row");
        assertEquals(2, rows.size());
        assertEquals("Payments", rows.get(0).selectFirst(".kpi-bar-key").text());
        assertEquals("61", rows.get(0).selectFirst(".kpi-bar-value").text());
        assertEquals("75.3", rows.get(0).selectFirst("rect.kpi-bar-fill").attr("width"));
        assertEquals("100", rows.get(1).selectFirst("rect.kpi-bar-fill").attr("width"));
        assertTrue(breakdown.select("line.kpi-bar-target").isEmpty());
    }

    @Test
    void percentBreakdownMarksTheTargetOnEveryBarAndCountsTheRowsMissingIt() {
        String feed = FEED.replace("\"value\": 93.1, \"target\": 95,", "\"value\": 91.4, \"target\": 95,"
                + " \"breakdown\": {\"by\": \"business unit\", \"rows\": [{\"key\": \"Payments\", \"value\": 88.5},"
                + " {\"key\": \"Retail\", \"value\": 93.2}, {\"key\": \"Insurance\", \"value\": 90.1},"
                + " {\"key\": \"Corporate IT\", \"value\": 96.4}, {\"key\": \"Data\", \"value\": 89.0}]},");
        Element card = root(new KpiWidgets(snapshot(feed), WEEK, NOW).card("sla"));
        Element breakdown = card.selectFirst("figure.kpi-breakdown");
        assertEquals("By business unit: 4 of 5 below target (95.0%, the line across each bar)",
                breakdown.selectFirst("figcaption").text());
        List<Element> rows = breakdown.select("li.kpi-bar-row");
        assertEquals(List.of("91.8", "96.7", "93.5", "100", "92.3"),
                rows.stream().map(r -> r.selectFirst("rect.kpi-bar-fill").attr("width")).toList(),
                "one scale for all rows, from 0 to the largest row (96.4)");
        assertEquals(List.of("98.5", "98.5", "98.5", "98.5", "98.5"),
                rows.stream().map(r -> r.selectFirst("line.kpi-bar-target").attr("x1")).toList());
        assertEquals(List.of(true, true, true, false, true),
                rows.stream().map(r -> r.hasClass("kpi-bar-miss")).toList());
        assertTrue(card.selectFirst(".kpi-sr").text().contains("; by business unit, 4 of 5 below target; "));
    }

    @Test
    void valuesAreFormattedWithOnePrecisionPerUnit() {
        KpiWidgets w = widgets();
        assertEquals("93.1%", root(w.card("sla")).selectFirst(".kpi-value").text());
        assertEquals("Target ≥ 95.0% · Off track", root(w.card("sla")).selectFirst(".kpi-target").text());
        assertEquals("4.2 days", root(w.card("mttr")).selectFirst(".kpi-value").text());
        assertEquals("36.0 hours", root(w.card("age")).selectFirst(".kpi-value").text());
        assertEquals("0.82", root(w.card("ratio")).selectFirst(".kpi-value").text());
        assertEquals("No data yet", root(w.card("coverage")).selectFirst(".kpi-value").text());
    }

    @Test
    void percentagePointsAreExplainedWhereTheyAreUsed() {
        Element abbr = root(widgets().card("sla")).selectFirst(".kpi-delta abbr");
        assertEquals("pp", abbr.text());
        assertEquals("percentage points", abbr.attr("title"));
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
        assertEquals("▲ +2.1 pp since 1 Sep 2026 (better)", doc.selectFirst(".kpi-card[data-kpi=sla] .kpi-delta").text());
    }

    @Test
    void changeIsOverTheWholeSeriesAndJudgedByBetterDirection() {
        KpiWidgets w = widgets();
        Element down = root(w.card("backlog")).selectFirst(".kpi-delta");
        assertTrue(down.hasClass("kpi-good"), "a falling backlog is good");
        Element up = root(w.card("sla")).selectFirst(".kpi-delta");
        assertTrue(up.hasClass("kpi-good"), "rising SLA compliance is good");
        Element worse = root(w.card("mttr")).selectFirst(".kpi-delta");
        assertTrue(worse.hasClass("kpi-bad"), "rising MTTR is bad");
        assertEquals("▲ +0.3 days since 1 Oct 2026 (worse)", worse.text());
        Element flat = root(w.card("age")).selectFirst(".kpi-delta");
        assertTrue(flat.hasClass("kpi-flat"));
        assertEquals("→ no change since 1 Oct 2026", flat.text());
        assertEquals("No earlier reading to compare with", root(w.card("ratio")).selectFirst(".kpi-delta").text(),
                "no history: said, not left out");
        assertNull(root(w.card("coverage")).selectFirst(".kpi-delta"), "no value, no change");
    }

    @Test
    void improvedThenWorsenedShowsTheChangeOverThePeriodNotTheLastStep() {
        // The case: exceptions rose 48 -> 63 over the year, then fell to 57 in the last weeks.
        String feed = """
                { "generated_at": "2026-11-20T08:00:00Z", "kpis": [
                  { "id": "exceptions", "label": "Open policy exceptions", "unit": "count", "better": "down",
                    "value": 57, "target": 40, "series": [{"t": "2025-11-01", "v": 48}, {"t": "2026-06-01", "v": 63},
                    {"t": "2026-11-01", "v": 61}] } ] }
                """;
        Element first = root(new KpiWidgets(snapshot(feed), WEEK, NOW).card("exceptions"));
        assertEquals(List.of("▲ +9 since 1 Nov 2025 (worse)"), first.select(".kpi-delta").eachText());
        Element both = root(new KpiWidgets(snapshot(feed), WEEK, NOW, KpiConfig.Change.BOTH).card("exceptions"));
        assertEquals(List.of("▲ +9 since 1 Nov 2025 (worse)", "▼ −4 since 1 Nov 2026 (better)"),
                both.select(".kpi-delta").eachText());
        Element previous = root(new KpiWidgets(snapshot(feed), WEEK, NOW, KpiConfig.Change.PREVIOUS)
                .card("exceptions"));
        assertEquals(List.of("▼ −4 since 1 Nov 2026 (better)"), previous.select(".kpi-delta").eachText());
    }

    @Test
    void withOnePointBothChangesAreTheSameAndShownOnce() {
        Element card = root(new KpiWidgets(snapshot(FEED), WEEK, NOW, KpiConfig.Change.BOTH).card("mttr"));
        assertEquals(List.of("▲ +0.3 days since 1 Oct 2026 (worse)"), card.select(".kpi-delta").eachText());
    }

    @Test
    void targetStatusComparesByBetterDirection() {
        KpiWidgets w = widgets();
        assertEquals("Off track", root(w.card("backlog")).selectFirst(".kpi-status").text());
        assertEquals("Off track", root(w.card("sla")).selectFirst(".kpi-status").text());
        Element mttr = root(w.card("mttr")).selectFirst(".kpi-status");
        assertEquals("On track", mttr.text());
        assertTrue(mttr.hasClass("kpi-on-track"));
        assertEquals("Target ≥ 90.0%", root(w.card("coverage")).selectFirst(".kpi-target").text(),
                "no status without a value");
        assertNull(root(w.card("ratio")).selectFirst(".kpi-target"));
    }

    @Test
    void dataOlderThanMaxAgeIsMarkedStaleWithTheReasonInVisibleText() {
        KpiWidgets w = widgets();
        Element card = root(w.card("age"));
        assertTrue(card.hasClass("kpi-is-stale"));
        assertEquals("Stale", card.selectFirst(".kpi-badge.kpi-stale").text());
        assertEquals("As of 1 Nov 2026 00:00 UTC · 19 days old, over the maximum age of 7 days",
                card.selectFirst(".kpi-asof").text());
        Element inline = root(w.inline("age"));
        assertEquals("36.0 hours → stale (19 days old, over the maximum age of 7 days)", inline.text());
        assertFalse(inline.selectFirst(".kpi-stale-note").hasAttr("hidden"));
        assertFalse(root(new KpiWidgets(snapshot(FEED), Duration.ofDays(30), NOW).card("age")).hasClass("kpi-is-stale"));
    }

    @Test
    void laterWidgetsOfTheSameSnapshotAreReusedWhileEveryKpisFreshnessReadsTheSame() {
        // "age" is as of 1 Nov 2026: 19 days old at NOW; the others 4 hours old.
        KpiWidgets month = new KpiWidgets(snapshot(FEED), Duration.ofDays(30), NOW);
        String card = month.card("age");
        var change = KpiConfig.Change.FIRST;
        assertSame(month, month.at(NOW.plus(Duration.ofMinutes(30)), Duration.ofDays(30), change));
        assertNotSame(month, month.at(NOW.plus(Duration.ofDays(1)), Duration.ofDays(30), change),
                "a day later every age reads differently");
        KpiWidgets december = month.at(Instant.parse("2026-12-02T00:00:00Z"), Duration.ofDays(30), change);
        assertFalse(root(card).hasClass("kpi-is-stale"));
        assertTrue(root(december.card("age")).hasClass("kpi-is-stale"));
        assertNotSame(month, month.at(NOW, WEEK, change), "another maximum age judges again");
        assertNotSame(month, month.at(NOW, Duration.ofDays(30), KpiConfig.Change.BOTH));
    }

    @Test
    void sparklineStatesItsPeriodAndIsWellFormedSvg() {
        Element chart = root(widgets().card("backlog")).selectFirst("figure.kpi-chart");
        Element svg = chart.selectFirst("svg.kpi-spark");
        assertEquals("190 on 1 Aug 2026 to 142 on 20 Nov 2026, low 142, high 190, target 100",
                svg.selectFirst("title").text());
        assertEquals("currentColor", svg.selectFirst("polyline").attr("stroke"));
        assertEquals(4, svg.selectFirst("polyline").attr("points").split(" ").length);
        assertEquals(List.of("2026-08-01", "2026-11-20"), chart.select("figcaption time").eachAttr("datetime"));
        assertNotNull(svg.selectFirst("circle.kpi-spark-last"));
        Document xml = Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser());
        assertEquals("svg", xml.child(0).tagName(), "the SVG is also well-formed XML");
    }

    @Test
    void sparklineAlwaysDrawsTheTargetWideningItsRangeWhenNeeded() {
        Element svg = root(widgets().card("backlog")).selectFirst("svg.kpi-spark");
        Element target = svg.selectFirst("line.kpi-spark-target");
        assertEquals("4 3", target.attr("stroke-dasharray"));
        assertEquals("29", target.attr("y1"), "target 100 is below every reading: the bottom of the range");
        assertEquals("117,16.87", svg.selectFirst("polyline").attr("points").replaceAll(".* ", ""),
                "142 sits (142-100)/(190-100) of the way up the 26-high plot");
        KpiWidgets within = new KpiWidgets(snapshot(FEED.replace("\"target\": 100", "\"target\": 166")), WEEK, NOW);
        assertEquals("16", root(within.card("backlog")).selectFirst("line.kpi-spark-target").attr("y1"),
                "166 is halfway between 142 and 190: the middle of a 32-high box");
    }

    @Test
    void oneReadingIsChartedAsOneDotWithItsDate() {
        String feed = """
                { "generated_at": "2026-11-20T08:00:00Z", "kpis": [
                  { "id": "one", "label": "One", "unit": "percent", "better": "up", "value": 50, "target": 60 } ] }
                """;
        Element chart = root(new KpiWidgets(snapshot(feed), WEEK, NOW).card("one")).selectFirst("figure.kpi-chart");
        assertEquals("one reading, 20 Nov 2026; dashed line: target", chart.selectFirst("figcaption").text());
        assertNull(chart.selectFirst("polyline"));
        assertNotNull(chart.selectFirst("line.kpi-spark-target"));
    }

    @Test
    void noTargetMeansNoTargetLineStatusOrLegend() {
        Element card = root(widgets().card("age"));
        assertNull(card.selectFirst(".kpi-target"));
        assertNull(card.selectFirst("line.kpi-spark-target"));
        assertEquals("1 Oct 2026 – 1 Nov 2026, 2 readings", card.selectFirst(".kpi-spark-caption").text());
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
        assertEquals("By <b onmouseover=alert(4)>bu</b>", doc.selectFirst(".kpi-breakdown figcaption").text());
        assertEquals("<script>alert(5)</script>", doc.selectFirst(".kpi-bar-key").text());
        assertEquals("0 on 1 Oct 2026 to 1 on 20 Nov 2026, low 0, high 1, target 2",
                doc.selectFirst("svg title").text());
        assertTrue(doc.selectFirst(".kpi-sr").text().startsWith(xss + ": 1; target at least 2"));
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
