package dev.docsite.kpi.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFeedSourceTest {

    private static final byte[] FEED = "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": []}"
            .getBytes(StandardCharsets.UTF_8);
    /**
     * Generous, so that no test depends on the machine's speed: the loopback server answers at once, but a loaded
     * shared machine may take seconds to connect or to run the handler.
     */
    private static final Duration CONNECT = Duration.ofSeconds(60);
    private static final Duration READ = Duration.ofSeconds(60);
    /**
     * The limit whose expiry the timeout tests observe: short, since their server never answers (it waits on
     * {@link #release} until the test is over), so the limit expires however slow or fast the machine is.
     */
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final long CAP = 1024;

    private HttpServer server;
    private ExecutorService executor;
    private final AtomicReference<String> receivedAuth = new AtomicReference<>();
    private final AtomicLong bigBytesWritten = new AtomicLong();
    private final AtomicReference<Boolean> bigWriteFailed = new AtomicReference<>(false);
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/ok", ex -> respond(ex, 200, FEED));
        server.createContext("/fail", ex -> respond(ex, 500, "boom".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/silent", ex -> {
            awaitRelease();
            respond(ex, 200, FEED);
        });
        server.createContext("/stall", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("{\"generated_at\":".getBytes(StandardCharsets.UTF_8));
                out.flush();
                awaitRelease();
            } catch (IOException e) {
                // the client gave up, as intended
            }
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50 * 1024 * 1024 / chunk.length; i++) {
                    out.write(chunk);
                    bigBytesWritten.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                bigWriteFailed.set(true);
            }
        });
        server.createContext("/declared", ex -> respond(ex, 200, new byte[(int) CAP + 1]));
        server.createContext("/auth", ex -> {
            receivedAuth.set(ex.getRequestHeaders().getFirst("X-Feed-Token"));
            respond(ex, 200, FEED);
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/auth");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private HttpFeedSource source(String path) {
        return source(url(path), null, Map.<String, String>of()::get);
    }

    private static HttpFeedSource source(String url, String authEnv, Function<String, String> env) {
        return new HttpFeedSource(URI.create(url), CONNECT, READ, CAP, authEnv, "X-Feed-Token", env);
    }

    @Test
    void okResponseReturnsTheBody() throws FeedException {
        assertArrayEquals(FEED, source("/ok").fetch());
    }

    @Test
    void non200StatusNamesStatusAndUrl() {
        FeedException e = assertThrows(FeedException.class, () -> source("/fail").fetch());
        assertEquals("HTTP 500 from " + url("/fail") + " (expected 200)", e.getMessage());
    }

    @Test
    void silentServerTimesOutAfterReadTimeout() {
        HttpFeedSource silent = new HttpFeedSource(URI.create(url("/silent")), CONNECT, SHORT, CAP, null,
                "X-Feed-Token", k -> null);
        // The guard only stops a hang; the server never answers, so nothing but the read timeout can end the fetch.
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> assertThrows(FeedException.class, silent::fetch));
        assertEquals("no response from " + url("/silent") + " within 300 ms (kpi.read_timeout)", e.getMessage());
    }

    @Test
    void stalledBodyTimesOutAfterReadTimeout() {
        // Headers may take their time (READ); the body never ends, so its limit (SHORT) is what ends the fetch.
        HttpFeedSource stalled = new HttpFeedSource(URI.create(url("/stall")), CONNECT, READ, SHORT, CAP, null,
                "X-Feed-Token", k -> null);
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> assertThrows(FeedException.class, stalled::fetch));
        assertEquals("timed out after 300 ms reading the KPI feed body from " + url("/stall")
                + " (kpi.read_timeout)", e.getMessage());
    }

    @Test
    void bodyOverTheCapIsRefusedWhileStreaming() throws InterruptedException {
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> assertThrows(FeedException.class, () -> source("/big").fetch()));
        assertEquals("response from " + url("/big") + " is larger than the limit of 1 KiB (kpi.max_bytes)",
                e.getMessage());
        // The download was cut off: the server could not write its 50 MiB.
        executor.shutdown();
        assertTrue(executor.awaitTermination(60, TimeUnit.SECONDS), "server handler should stop writing");
        assertTrue(bigWriteFailed.get(), "the connection was closed mid-body");
        assertTrue(bigBytesWritten.get() < 50L * 1024 * 1024, "written " + bigBytesWritten.get());
    }

    @Test
    void declaredLengthOverTheCapIsRefusedBeforeReading() {
        FeedException e = assertThrows(FeedException.class, () -> source("/declared").fetch());
        assertEquals("response from " + url("/declared") + " is larger than the limit of 1 KiB (kpi.max_bytes)", e.getMessage());
    }

    @Test
    void closedPortIsReportedAsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/feed.json";
        FeedException e = assertThrows(FeedException.class, () -> source(url, null, k -> null).fetch());
        assertTrue(e.getMessage().startsWith("cannot connect to " + url + ": "), e.getMessage());
    }

    @Test
    void authHeaderValueComesFromTheNamedEnvironmentVariable() throws FeedException {
        Map<String, String> env = Map.of("FEED_TOKEN", "Bearer s3cret");
        source(url("/auth"), "FEED_TOKEN", env::get).fetch();
        assertEquals("Bearer s3cret", receivedAuth.get());
    }

    @Test
    void missingAuthEnvironmentVariableFailsWithoutSending() {
        FeedException e = assertThrows(FeedException.class,
                () -> source(url("/auth"), "FEED_TOKEN", k -> null).fetch());
        assertEquals("environment variable FEED_TOKEN (kpi.auth_env) is not set or empty; it must hold the"
                + " X-Feed-Token header value for " + url("/auth"), e.getMessage());
        assertEquals(null, receivedAuth.get());
    }

    @Test
    void redirectsAreFollowedWithoutCredentials() throws FeedException {
        assertArrayEquals(FEED, source("/moved").fetch());
    }

    @Test
    void redirectsAreNotFollowedWhenCarryingCredentials() {
        Map<String, String> env = Map.of("FEED_TOKEN", "Bearer s3cret");
        FeedException e = assertThrows(FeedException.class,
                () -> source(url("/moved"), "FEED_TOKEN", env::get).fetch());
        assertEquals("HTTP 302 from " + url("/moved") + " (expected 200); redirects are not followed when kpi.auth_env is set,"
                + " so point kpi.feed at the final URL", e.getMessage());
        assertEquals(null, receivedAuth.get());
    }

    @Test
    void noAuthHeaderWithoutAuthEnv() throws FeedException {
        source("/auth").fetch();
        assertEquals(null, receivedAuth.get());
    }

    @Test
    void originHidesUserInfo() {
        HttpFeedSource s = source("http://user:pw@127.0.0.1:1/feed.json?x=1", null, k -> null);
        assertEquals("http://127.0.0.1:1/feed.json?x=1", s.origin());
        assertFalse(s.origin().contains("pw"));
    }
}
