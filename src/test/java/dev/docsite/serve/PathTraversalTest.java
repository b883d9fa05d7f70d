package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests trying to read files outside the built site get the 404 page, never the file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathTraversalTest {

    private static final String SECRET = "TOP-SECRET-0xC0FFEE";

    @TempDir
    static Path dir;

    private PreviewServer server;

    @BeforeAll
    void start() throws Exception {
        Path root = Files.createDirectories(dir.resolve("site"));
        // Files next to and inside the site that are not part of the built site.
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        ServeFixture f = new ServeFixture(root);
        f.site.file("content/notes.txt", SECRET).file("private.txt", SECRET);
        Files.createDirectories(root.resolve("static"));
        Files.createSymbolicLink(root.resolve("static/leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("static/leakdir"), dir);
        f.open();
        server = PreviewServer.start(f.preview, "127.0.0.1", 0, line -> { });
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt",
            "/%252e%252e/secret.txt",
            "/%252e%252e%252fsecret.txt",
            "/..%5csecret.txt",
            "/%5c..%5csecret.txt",
            "/..\\secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/%e0%80%ae%e0%80%ae/secret.txt",
            "/%c0%af../secret.txt",
            "/assets/../../secret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt",
            "/secret.txt%00.html",
            "/%00/../secret.txt",
            "//secret.txt",
            "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/leak.txt",
            "/leakdir/secret.txt",
            "/private.txt",
            "/site.yml",
            "/notes.txt",
            "/content/notes.txt",
            "/data/kpi.json"})
    void refusedWithTheNotFoundPage(String rawPath) throws Exception {
        RawHttp.Response r = RawHttp.get(server.port(), rawPath);
        assertEquals(404, r.status(), rawPath);
        assertFalse(r.body().contains(SECRET), rawPath);
        assertFalse(r.body().contains("root:x:0:0"), rawPath);
        assertTrue(r.body().contains("Page not found"), "the site's 404 page for " + rawPath);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Type").toLowerCase().contains("charset=utf-8"), r.header("Content-Type"));
    }
}
