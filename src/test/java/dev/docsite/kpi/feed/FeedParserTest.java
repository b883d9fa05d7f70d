package dev.docsite.kpi.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.kpi.Better;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.kpi.KpiUnit;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final Instant FETCHED = Instant.parse("2026-11-20T09:00:00Z");

    private static final String VALID = """
            { "generated_at": "2026-11-20T08:00:00Z", "source": "AppSec platform export", "schema": 3,
              "kpis": [ { "id": "critical_high_backlog", "label": "Critical/high backlog", "unit": "count",
                  "better": "down", "value": 142, "target": 100, "as_of": "2026-11-19T10:00:00+02:00",
                  "owner": "appsec-team",
                  "series": [{"t": "2026-06-01", "v": 190}, {"t": "2026-07-01", "v": 171, "note": "x"}],
                  "breakdown": {"by": "business unit", "rows": [{"key": "Payments", "value": 61}]} },
                { "id": "coverage", "label": "Coverage", "unit": "percent", "better": "up", "value": null } ] }
            """;

    private static FeedParse parse(String json) {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "data/kpi-feed.json", FETCHED);
    }

    /** A one-KPI feed whose KPI object is {@code kpiBody}. */
    private static String feedWith(String kpiBody) {
        return "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": [" + kpiBody + "]}";
    }

    private static final String OK_KPI =
            "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"count\", \"better\": \"up\", \"value\": 1}";

    private static List<String> messages(FeedParse parse) {
        return parse.problems().stream().map(Problem::message).toList();
    }

    private static Problem onlyError(FeedParse parse) {
        assertNull(parse.snapshot(), "a bad feed yields no snapshot");
        List<Problem> errors = parse.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + messages(parse));
        Problem p = errors.get(0);
        assertEquals(ProblemCode.KPI_FEED, p.code());
        assertEquals("data/kpi-feed.json", p.file());
        return p;
    }

    @Test
    void validFeedParsesAllFieldsInOrder() {
        FeedParse parse = parse(VALID);
        assertTrue(parse.ok(), () -> messages(parse).toString());
        KpiSnapshot s = parse.snapshot();
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), s.generatedAt());
        assertEquals("AppSec platform export", s.source());
        assertEquals(FETCHED, s.fetchedAt());
        assertEquals("data/kpi-feed.json", s.origin());
        assertFalse(s.fromFallback());
        assertEquals(List.of("critical_high_backlog", "coverage"), List.copyOf(s.kpis().keySet()));

        Kpi k = s.kpis().get("critical_high_backlog");
        assertEquals("Critical/high backlog", k.label());
        assertEquals(KpiUnit.COUNT, k.unit());
        assertEquals(Better.DOWN, k.better());
        assertEquals(142.0, k.value());
        assertEquals(100.0, k.target());
        assertEquals(Instant.parse("2026-11-19T08:00:00Z"), k.asOf());
        assertEquals(2, k.series().size());
        assertEquals("2026-07-01", k.series().get(1).t());
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), k.series().get(1).at());
        assertEquals(171.0, k.series().get(1).value());
        assertEquals("business unit", k.breakdown().by());
        assertEquals("Payments", k.breakdown().rows().get(0).key());
        assertEquals(61.0, k.breakdown().rows().get(0).value());
    }

    @Test
    void optionalFieldsDefault() {
        Kpi k = parse(VALID).snapshot().kpis().get("coverage");
        assertNull(k.value(), "null value means no data yet");
        assertNull(k.target());
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), k.asOf(), "as_of defaults to generated_at");
        assertTrue(k.series().isEmpty());
        assertNull(k.breakdown());
    }

    @Test
    void snapshotJsonKeepsUnknownFieldsAndAddsFetchInfo() throws JsonProcessingException {
        String json = parse(VALID).snapshot().toJson();
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals("appsec-team", tree.get("kpis").get(0).get("owner").textValue());
        assertEquals("x", tree.get("kpis").get(0).get("series").get(1).get("note").textValue());
        assertEquals(3, tree.get("schema").intValue());
        assertEquals("2026-11-20T09:00:00Z", tree.get("fetched_at").textValue());
        assertEquals("data/kpi-feed.json", tree.get("origin").textValue());
        assertEquals(false, tree.get("from_fallback").booleanValue());
    }

    @Test
    void invalidJsonReportsJacksonLineAndColumn() {
        Problem p = onlyError(parse("{\n  \"generated_at\": \"2026-11-20T08:00:00Z\",\n  \"kpis\": [,]\n}"));
        assertEquals(3, p.line());
        assertEquals(12, p.column());
        assertEquals("invalid JSON at line 3, column 12: Unexpected character (',' (code 44)): expected a value", p.message());
    }

    @Test
    void emptyBodyIsInvalidJson() {
        assertEquals("invalid JSON: the feed is empty", onlyError(parse("")).message());
    }

    @Test
    void duplicateJsonKeyIsInvalidJson() {
        Problem p = onlyError(parse(feedWith(
                "{\"id\": \"a\", \"label\": \"A\", \"unit\": \"count\", \"better\": \"up\", \"value\": 1, \"value\": 2}")));
        assertEquals("invalid JSON at line 1, column 129: Duplicate field 'value'", p.message());
        assertEquals(1, p.line());
    }

    @Test
    void wrongValueTypeNamesTheJsonPath() {
        String bad = "{\"id\": \"d\", \"label\": \"D\", \"unit\": \"count\", \"better\": \"up\", \"value\": \"n/a\"}";
        Problem p = onlyError(parse(feedWith(OK_KPI.replace("\"a\"", "\"a0\"") + ","
                + OK_KPI.replace("\"a\"", "\"a1\"") + "," + OK_KPI.replace("\"a\"", "\"a2\"") + ",\n" + bad)));
        assertEquals("kpis[3].value: expected a number, got \"n/a\" (use null when there is no data yet)",
                p.message());
        assertEquals("kpis[3].value", p.target());
        assertEquals(2, p.line(), "located on the line of the bad value");
    }

    @Test
    void wrongTypesInNestedFieldsNameTheirPaths() {
        FeedParse parse = parse(feedWith("{\"id\": \"a\", \"label\": 42, \"unit\": \"count\", \"better\": \"up\","
                + " \"value\": 1, \"target\": true,"
                + " \"series\": [{\"t\": \"2026-01-01\", \"v\": 1}, {\"t\": \"2026-02-01\", \"v\": \"2\"}],"
                + " \"breakdown\": {\"by\": \"bu\", \"rows\": [{\"key\": \"P\", \"value\": []}]}}"));
        assertNull(parse.snapshot());
        assertEquals(List.of(
                "kpis[0].label: expected a string, got 42",
                "kpis[0].target: expected a number, got true",
                "kpis[0].series[1].v: expected a number, got \"2\"",
                "kpis[0].breakdown.rows[0].value: expected a number, got an array"), messages(parse));
    }

    @Test
    void duplicateIdPointsAtTheFirstOccurrence() {
        String x = OK_KPI.replace("\"a\"", "\"x\"");
        Problem p = onlyError(parse(feedWith(OK_KPI + "," + x + "," + OK_KPI.replace("\"a\"", "\"b\"") + ","
                + OK_KPI.replace("\"a\"", "\"c\"") + "," + x)));
        assertEquals("kpis[4].id: duplicate id 'x', first at kpis[1]", p.message());
    }

    @Test
    void unknownUnitListsAllowedUnits() {
        Problem p = onlyError(parse(feedWith(OK_KPI.replace("\"count\"", "\"percentage\""))));
        assertEquals("kpis[0].unit: unknown unit \"percentage\"; allowed: count, percent, days, hours, ratio",
                p.message());
    }

    @Test
    void unknownBetterListsAllowedDirections() {
        Problem p = onlyError(parse(feedWith(OK_KPI.replace("\"better\": \"up\"", "\"better\": \"higher\""))));
        assertEquals("kpis[0].better: unknown direction \"higher\"; allowed: up, down", p.message());
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        FeedParse parse = parse(feedWith("{\"unit\": \"count\"}"));
        assertEquals(List.of(
                "kpis[0].id: required field is missing",
                "kpis[0].label: required field is missing",
                "kpis[0].better: required field is missing",
                "kpis[0].value: required field is missing (use null when there is no data yet)"), messages(parse));
        assertTrue(parse.problems().stream().allMatch(p -> p.line() == 1), "missing fields point at their object");
    }

    @Test
    void missingTopLevelFieldsAreReported() {
        assertEquals(List.of("generated_at: required field is missing", "kpis: required field is missing"),
                messages(parse("{\"source\": \"x\"}")));
        assertEquals(List.of("(top level): expected a JSON object with generated_at and kpis, got an array"),
                messages(parse("[]")));
        assertEquals(List.of("kpis: expected an array, got an object"),
                messages(parse("{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": {}}")));
    }

    @Test
    void badTimestampsAreReported() {
        Problem generated = onlyError(parse("{\"generated_at\": \"yesterday\", \"kpis\": []}"));
        assertEquals("generated_at: expected an ISO-8601 timestamp with offset such as \"2026-11-20T08:00:00Z\","
                + " got \"yesterday\"", generated.message());

        Problem asOf = onlyError(parse(feedWith(OK_KPI.replace("}", ", \"as_of\": \"2026-11-20 08:00\"}"))));
        assertEquals("kpis[0].as_of: expected an ISO-8601 timestamp with offset such as \"2026-11-20T08:00:00Z\", got \"2026-11-20 08:00\"", asOf.message());

        Problem t = onlyError(parse(feedWith(OK_KPI.replace("}", ", \"series\": [{\"t\": \"June\", \"v\": 1}]}"))));
        assertEquals("kpis[0].series[0].t: expected a date such as \"2026-06-01\" or a timestamp such as"
                + " \"2026-06-01T00:00:00Z\", got \"June\"", t.message());

        Problem impossible = onlyError(parse(feedWith(
                OK_KPI.replace("}", ", \"series\": [{\"t\": \"2026-02-30\", \"v\": 1}]}"))));
        assertEquals("kpis[0].series[0].t: expected a date such as \"2026-06-01\" or a timestamp such as"
                + " \"2026-06-01T00:00:00Z\", got \"2026-02-30\"", impossible.message());
    }

    @Test
    void seriesMustBeChronological() {
        Problem p = onlyError(parse(feedWith(OK_KPI.replace("}",
                ", \"series\": [{\"t\": \"2026-06-01\", \"v\": 1}, {\"t\": \"2026-05-01\", \"v\": 2}]}"))));
        assertEquals("kpis[0].series[1].t: 2026-05-01 is not after the previous point 2026-06-01;"
                + " series must be in chronological order", p.message());
    }

    @Test
    void seriesPointAfterAsOfIsOnlyAWarning() {
        FeedParse parse = parse(feedWith(OK_KPI.replace("}", ", \"series\": [{\"t\": \"2026-12-01\", \"v\": 1}]}")));
        assertTrue(parse.ok());
        assertEquals(Severity.WARNING, parse.problems().get(0).severity());
        assertEquals("kpis[0].series[0].t: 2026-12-01 is after as_of 2026-11-20T08:00:00Z; charts end at as_of, so this point is not shown", parse.problems().get(0).message());
    }

    @Test
    void collectsErrorsFromSeveralKpis() {
        FeedParse parse = parse(feedWith(OK_KPI.replace("1}", "\"x\"}") + ","
                + OK_KPI.replace("\"a\"", "\"b\"").replace("\"up\"", "\"sideways\"")));
        assertEquals(2, parse.problems().size(), messages(parse)::toString);
    }

    @Test
    void emptyKpiListIsValid() {
        FeedParse parse = parse("{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": []}");
        assertTrue(parse.ok());
        assertTrue(parse.snapshot().kpis().isEmpty());
        assertNull(parse.snapshot().source());
    }
}
