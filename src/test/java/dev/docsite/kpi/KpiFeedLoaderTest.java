package dev.docsite.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.docsite.config.KpiConfig;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiFeedLoaderTest {

    private static final Clock T1 = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock T2 = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    private static final String GOOD = """
            {"generated_at": "2026-11-20T08:00:00Z", "source": "AppSec platform export",
             "kpis": [{"id": "backlog", "label": "Backlog", "unit": "count", "better": "down", "value": 142}]}
            """;
    private static final String BAD = """
            {"generated_at": "2026-11-21T08:00:00Z",
             "kpis": [{"id": "backlog", "label": "Backlog", "unit": "count", "better": "down", "value": "n/a"}]}
            """;

    @TempDir
    Path site;

    private Path state() {
        return site.resolve(".docsite");
    }

    /** Generous timeouts: the loopback server answers at once, but a loaded shared machine may take seconds to connect. */
    private KpiConfig config(String feed, KpiConfig.OnFeedError onError) {
        KpiConfig d = KpiConfig.defaults();
        // Generous timeouts: the test servers answer at once, and 500 ms was missed on a loaded shared machine.
        return new KpiConfig(feed, d.maxAge(), onError, d.refresh(), d.heading(), d.authEnv(), d.authHeader(),
                Duration.ofSeconds(10), Duration.ofSeconds(10), d.maxBytes());
    }

    private void writeFeed(String json) throws IOException {
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/feed.json"), json);
    }

    private KpiLoadResult load(KpiConfig.OnFeedError onError, Clock clock) {
        return KpiFeedLoader.load(config("data/feed.json", onError), site, state(), clock);
    }

    @Test
    void noFeedConfiguredYieldsNothing() {
        KpiLoadResult r = KpiFeedLoader.load(KpiConfig.defaults(), site, state(), T1);
        assertNull(r.snapshot());
        assertEquals(List.of(), r.problems());
        assertFalse(r.failed());
    }

    @Test
    void goodFileFeedLoadsAndIsSavedAsLastGood() throws IOException {
        writeFeed(GOOD);
        KpiLoadResult r = load(KpiConfig.OnFeedError.FAIL, T1);
        assertFalse(r.failed());
        assertEquals(List.of(), r.problems());
        assertEquals("data/feed.json", r.snapshot().origin());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), r.snapshot().fetchedAt());
        assertEquals(142.0, r.snapshot().kpis().get("backlog").value());
        String saved = Files.readString(state().resolve("kpi-last-good.json"));
        assertEquals(r.snapshot().toJson(), saved);
        try (var files = Files.list(state())) {
            assertEquals(1, files.count(), "no temp files left behind");
        }
    }

    @Test
    void badFeedFailsWithAnErrorNamingTheFile() throws IOException {
        writeFeed(BAD);
        KpiLoadResult r = load(KpiConfig.OnFeedError.FAIL, T1);
        assertTrue(r.failed());
        assertNull(r.snapshot());
        Problem p = r.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(ProblemCode.KPI_FEED, p.code());
        assertEquals("data/feed.json", p.file());
        assertEquals("data/feed.json:2:93: error: kpis[0].value: expected a number, got \"n/a\""
                + " (use null when there is no data yet) [kpi-feed]", p.format());
    }

    @Test
    void missingFeedFileSaysSo() {
        KpiLoadResult r = load(KpiConfig.OnFeedError.FAIL, T1);
        assertTrue(r.failed());
        assertEquals("KPI feed file not found: data/feed.json (check kpi.feed in site.yml)",
                r.problems().get(0).message());
    }

    @Test
    void fileOverTheCapIsRefused() throws IOException {
        writeFeed(GOOD);
        KpiConfig d = config("data/feed.json", KpiConfig.OnFeedError.FAIL);
        KpiConfig small = new KpiConfig(d.feed(), d.maxAge(), d.onFeedError(), d.refresh(), d.heading(),
                d.authEnv(), d.authHeader(), d.connectTimeout(), d.readTimeout(), 64);
        KpiLoadResult r = KpiFeedLoader.load(small, site, state(), T1);
        assertEquals("KPI feed data/feed.json is larger than the limit of 64 bytes (kpi.max_bytes)",
                r.problems().get(0).message());
    }

    @Test
    void badFeedFallsBackToLastGoodSnapshotWithWarnings() throws IOException {
        writeFeed(GOOD);
        load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T1);
        writeFeed(BAD);

        KpiLoadResult r = load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T2);

        assertFalse(r.failed());
        assertTrue(r.snapshot().fromFallback());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), r.snapshot().fetchedAt(), "keeps the original fetch time");
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), r.snapshot().generatedAt());
        assertEquals("AppSec platform export", r.snapshot().source());
        assertEquals(142.0, r.snapshot().kpis().get("backlog").value());
        assertTrue(r.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertEquals("kpis[0].value: expected a number, got \"n/a\" (use null when there is no data yet)", r.problems().get(0).message());
        assertEquals("KPI feed unavailable; using the last good snapshot fetched 2026-11-20T09:00:00Z from"
                + " data/feed.json", r.problems().get(1).message());
        assertEquals(true, new ObjectMapper().readTree(r.snapshot().toJson()).get("from_fallback").booleanValue());
    }

    @Test
    void badFeedNeverOverwritesTheLastGoodSnapshot() throws IOException {
        writeFeed(GOOD);
        load(KpiConfig.OnFeedError.FAIL, T1);
        String before = Files.readString(state().resolve("kpi-last-good.json"));

        writeFeed(BAD);
        load(KpiConfig.OnFeedError.FAIL, T2);
        load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T2);
        writeFeed("{ not json");
        load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T2);

        assertEquals(before, Files.readString(state().resolve("kpi-last-good.json")));
    }

    @Test
    void failModeIgnoresTheLastGoodSnapshot() throws IOException {
        writeFeed(GOOD);
        load(KpiConfig.OnFeedError.FAIL, T1);
        writeFeed(BAD);
        KpiLoadResult r = load(KpiConfig.OnFeedError.FAIL, T2);
        assertTrue(r.failed());
        assertNull(r.snapshot());
    }

    @Test
    void fallbackWithoutASavedSnapshotIsAnError() throws IOException {
        writeFeed(BAD);
        KpiLoadResult r = load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T1);
        assertTrue(r.failed());
        assertNull(r.snapshot());
        Problem last = r.problems().get(r.problems().size() - 1);
        assertEquals(".docsite/kpi-last-good.json", last.file());
        assertEquals("kpi.on_feed_error is use-last-snapshot, but no last good KPI snapshot has been saved yet; fix the feed once so one can be kept", last.message());
    }

    @Test
    void corruptLastGoodSnapshotIsAnErrorNotACrash() throws IOException {
        Files.createDirectories(state());
        Files.writeString(state().resolve("kpi-last-good.json"), "{ torn");
        writeFeed(BAD);
        KpiLoadResult r = load(KpiConfig.OnFeedError.USE_LAST_SNAPSHOT, T1);
        assertTrue(r.failed());
        assertEquals("cannot fall back to the last good KPI snapshot: invalid JSON at line 1, column 3: Unexpected character ('t' (code 116)): was expecting double-quote to start field name", r.problems().get(1).message());
    }

    @Test
    void urlFeedFailureNamesTheUrlAndFallsBack() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        int[] status = {200};
        server.createContext("/kpis", ex -> {
            boolean authorized = "Bearer t0ken".equals(ex.getRequestHeaders().getFirst("Authorization"));
            int code = authorized ? status[0] : 401;
            byte[] body = code == 200 ? good : new byte[0];
            ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/kpis";
            KpiConfig base = config(url, KpiConfig.OnFeedError.USE_LAST_SNAPSHOT);
            KpiConfig c = new KpiConfig(url, base.maxAge(), base.onFeedError(), base.refresh(), base.heading(),
                    "DOCSITE_KPI_TOKEN", "Authorization", base.connectTimeout(), base.readTimeout(), base.maxBytes());
            Map<String, String> env = Map.of("DOCSITE_KPI_TOKEN", "Bearer t0ken");

            KpiLoadResult ok = KpiFeedLoader.load(c, site, state(), T1, env::get);
            assertEquals(url, ok.snapshot().origin());
            assertFalse(ok.snapshot().fromFallback());

            status[0] = 500;
            KpiLoadResult down = KpiFeedLoader.load(c, site, state(), T2, env::get);
            assertTrue(down.snapshot().fromFallback());
            assertEquals(url, down.problems().get(0).file());
            assertEquals("HTTP 500 from " + url + " (expected 200)", down.problems().get(0).message());
            assertEquals(Severity.WARNING, down.problems().get(0).severity());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sampleFeedInTheRepositoryIsValid() {
        Path repo = Path.of("").toAbsolutePath();
        KpiLoadResult r = KpiFeedLoader.load(config("data/kpi-feed.json", KpiConfig.OnFeedError.FAIL), repo,
                site.resolve("state"), T1);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("critical_high_backlog", "sla_compliance_by_bu", "mttr_by_severity",
                "scanned_asset_coverage", "risk_reduction_trend", "portfolio_sla_adherence",
                "internet_facing_critical_exposure", "policy_exception_volume_aging"),
                List.copyOf(r.snapshot().kpis().keySet()));
        for (Kpi k : r.snapshot().kpis().values()) {
            assertTrue(k.series().size() >= 12, k.id() + " has a year of monthly points");
            assertTrue(k.target() != null && k.value() != null, k.id());
        }
    }
}
