package dev.docsite.kpi.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers a feed may not hold are errors at their JSON path and line; fields that are each valid but contradict one
 * another are warnings at the JSON path and line of the field to check, and the feed is still used.
 */
class FeedConsistencyTest {

    private static FeedParse parse(String json) {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "data/kpi-feed.json",
                Instant.parse("2026-11-20T09:00:00Z"));
    }

    /** One KPI per line after the first line, so the line of a problem says which KPI it is about. */
    private static String feed(String... kpis) {
        return "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": [\n" + String.join(",\n", kpis) + "\n]}";
    }

    private static List<String> located(FeedParse parse) {
        return parse.problems().stream()
                .map(p -> p.severity().label() + " " + p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    @Test
    void numberBeyondADoublesRangeIsAnErrorAtItsPathAndLine() {
        FeedParse parse = parse(feed(
                "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"count\", \"better\": \"up\", \"value\": 3}",
                "{\"id\": \"b\", \"label\": \"B\", \"unit\": \"count\", \"better\": \"up\", \"value\": 1e400}"));
        assertNull(parse.snapshot());
        assertEquals(List.of("error 3:69 kpis[1].value: the number is infinite or beyond the range docsite can hold"
                + " (about 1.8e308); write a number within that range, or null when there is no data"), located(parse));
    }

    @Test
    void nanAndInfinitiesAreErrorsNamingTheirPathsNotJacksonsSyntaxError() {
        FeedParse parse = parse(feed(
                "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"percent\", \"better\": \"up\", \"value\": NaN,"
                        + " \"target\": -Infinity, \"series\": [{\"t\": \"2026-01-01\", \"v\": -1e999}]}"));
        assertNull(parse.snapshot());
        assertEquals(List.of(
                "kpis[0].value: NaN is not a number a KPI feed may hold; write a number, or null when there is no data",
                "kpis[0].target: the number is infinite or beyond the range docsite can hold (about \u22121.8e308);"
                        + " write a number within that range, or null when there is no data",
                "kpis[0].series[0].v: the number is infinite or beyond the range docsite can hold"
                        + " (about \u22121.8e308); write a number within that range, or null when there is no data"),
                parse.problems().stream().map(Problem::message).toList());
    }

    @Test
    void hugeNumberInAnUnknownFieldIsAnErrorToo() {
        FeedParse parse = parse("{\"generated_at\": \"2026-11-20T08:00:00Z\", \"extra\": {\"big\": [1e309]},"
                + " \"kpis\": []}");
        assertNull(parse.snapshot(), "the snapshot kept for use-last-snapshot could not be read back");
        assertEquals(List.of("error 1:60 extra.big[0]: the number is infinite or beyond the range docsite can hold"
                + " (about 1.8e308); write a number within that range, or null when there is no data"), located(parse));
    }

    @Test
    void countBreakdownThatDoesNotAddUpToTheValueIsAWarning() {
        FeedParse parse = parse(feed(
                "{\"id\": \"ok\", \"label\": \"OK\", \"unit\": \"count\", \"better\": \"down\", \"value\": 142,"
                        + " \"breakdown\": {\"rows\": [{\"key\": \"Critical\", \"value\": 23}, {\"key\": \"High\", \"value\": 119}]}}",
                "{\"id\": \"backlog\", \"label\": \"Backlog\", \"unit\": \"count\", \"better\": \"down\", \"value\": 97,"
                        + " \"breakdown\": {\"rows\": [{\"key\": \"Critical\", \"value\": 23}, {\"key\": \"High\", \"value\": 119}]}}"));
        assertTrue(parse.ok(), "a warning: the feed is still used");
        assertEquals(List.of("warning 3:109 kpis[1].breakdown.rows: the rows add up to 142 but value is 97; a count's"
                + " breakdown must add up to its value (is a row missing, or the breakdown older than the value?)"),
                located(parse));
    }

    @Test
    void percentBreakdownIsNotSummed() {
        FeedParse parse = parse(feed(
                "{\"id\": \"sla\", \"label\": \"SLA\", \"unit\": \"percent\", \"better\": \"up\", \"value\": 91.4,"
                        + " \"breakdown\": {\"rows\": [{\"key\": \"Payments\", \"value\": 88.5}, {\"key\": \"IT\", \"value\": 96.4}]}}"));
        assertEquals(List.of(), located(parse));
    }

    @Test
    void targetEveryReadingAlreadyBeatsIsAWarningAtTheTarget() {
        FeedParse parse = parse(feed(
                "{\"id\": \"exceptions\", \"label\": \"Exceptions\", \"unit\": \"count\", \"better\": \"down\","
                        + " \"value\": 57, \"target\": 80,"
                        + " \"series\": [{\"t\": \"2025-11-01\", \"v\": 48}, {\"t\": \"2026-05-01\", \"v\": 63}]}",
                "{\"id\": \"sla\", \"label\": \"SLA\", \"unit\": \"percent\", \"better\": \"up\", \"value\": 91.4,"
                        + " \"target\": 60, \"series\": [{\"t\": \"2026-10-01\", \"v\": 92.3}]}"));
        assertTrue(parse.ok());
        assertEquals(List.of(
                "warning 2:103 kpis[0].target: target 80 is above every reading (highest 63) while better is down,"
                        + " so every reading meets it; check the target, or whether better should be up",
                "warning 3:91 kpis[1].target: target 60.0% is below every reading (lowest 91.4%) while better is up,"
                        + " so every reading meets it; check the target, or whether better should be down"),
                located(parse));
    }

    @Test
    void targetMetByTheOnlyReadingOrMissedOnceIsNoWarning() {
        FeedParse parse = parse(feed(
                "{\"id\": \"one\", \"label\": \"One\", \"unit\": \"count\", \"better\": \"down\", \"value\": 3,"
                        + " \"target\": 5}",
                "{\"id\": \"improved\", \"label\": \"Improved\", \"unit\": \"count\", \"better\": \"down\","
                        + " \"value\": 3, \"target\": 5, \"series\": [{\"t\": \"2026-01-01\", \"v\": 9}]}",
                "{\"id\": \"none\", \"label\": \"No target\", \"unit\": \"count\", \"better\": \"down\","
                        + " \"value\": 3, \"series\": [{\"t\": \"2026-01-01\", \"v\": 9}]}"));
        assertEquals(List.of(), located(parse));
    }

    @Test
    void duplicateSeriesDateIsAWarningNamingTheFirstPoint() {
        FeedParse parse = parse(feed(
                "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"count\", \"better\": \"up\", \"value\": 5,"
                        + " \"series\": [{\"t\": \"2026-06-01\", \"v\": 1}, {\"t\": \"2026-06-01T12:00:00Z\", \"v\": 2},"
                        + " {\"t\": \"2026-07-01\", \"v\": 3}]}"));
        assertTrue(parse.ok());
        assertEquals(List.of("warning 2:118 kpis[0].series[1].t: duplicate date: 2026-06-01T12:00:00Z is the same day"
                + " as kpis[0].series[0] (2026-06-01); the chart shows one point a day, so this point is not shown"),
                located(parse));
        assertEquals(List.of(1.0, 3.0), parse.snapshot().kpis().get("a").series().stream()
                .map(p -> p.value()).toList());
    }

    @Test
    void seriesPointAfterAsOfIsAWarningAtItsLine() {
        FeedParse parse = parse(feed(
                "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"count\", \"better\": \"up\", \"value\": 5,\n"
                        + " \"series\": [{\"t\": \"2026-12-01\", \"v\": 1}]}"));
        assertTrue(parse.ok());
        assertEquals(List.of("warning 3:19 kpis[0].series[0].t: 2026-12-01 is after as_of 2026-11-20T08:00:00Z;"
                + " charts end at as_of, so this point is not shown"), located(parse));
        assertEquals(Severity.WARNING, parse.problems().get(0).severity());
    }
}
