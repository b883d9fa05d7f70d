package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview answers only to its own address: a request naming another host (a DNS-rebinding page) gets 421 and
 * none of the site, the KPI snapshot included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostHeaderTest {

    @TempDir
    static Path dir;

    private PreviewServer server;

    @BeforeAll
    void start() throws Exception {
        ServeFixture f = new ServeFixture(Files.createDirectories(dir.resolve("site")));
        f.open();
        server = PreviewServer.start(f.preview, "127.0.0.1", 0, line -> { });
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void itsOwnAddressesAreAnswered() throws Exception {
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            assertEquals(200, RawHttp.get(port, "/", host).status(), host);
        }
    }

    @Test
    void anyOtherHostGets421() throws Exception {
        int port = server.port();
        String expected = "Misdirected request: this preview answers only to its own address (Host: 127.0.0.1:" + port
                + " or localhost:" + port + ").\n";
        for (String host : new String[] {"evil.example:" + port, "localhost.evil.example:" + port, "127.0.0.1:1",
                "localhost", "192.168.1.5:" + port}) {
            RawHttp.Response r = RawHttp.get(port, "/kpi/snapshot.json", host);
            assertEquals(421, r.status(), host);
            assertEquals(expected, r.body(), host);
        }
    }

    @Test
    void boundToEveryInterfaceAnyAddressIsAnswered() {
        HostCheck check = new HostCheck("0.0.0.0");
        assertEquals(true, check.allows("192.168.1.5:8080", 8080));
        assertEquals(true, check.allows("[fe80::1]:8080", 8080));
        assertEquals(false, check.allows("evil.example:8080", 8080));
        assertEquals(false, check.allows("192.168.1.5:9090", 8080));
        assertEquals(false, check.allows(null, 8080));
    }
}
