package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigOverrides;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The site over HTTP, under a base URL, as the static output would serve it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewServerTest {

    @TempDir
    static Path dir;

    private PreviewServer server;
    private int port;

    @BeforeAll
    void start() throws Exception {
        ServeFixture f = new ServeFixture(dir);
        PreviewSite site = PreviewSite.open(f.site.config(new ConfigOverrides(null, null, null, null, "/docs/", null,
                null, null)), ConfigOverrides.none(), Clock.systemUTC(), n -> { }, line -> { });
        server = PreviewServer.start(site, "127.0.0.1", 0, line -> { });
        port = server.port();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private RawHttp.Response get(String path) throws Exception {
        return RawHttp.get(port, path);
    }

    @Test
    void pagesAreServedUnderTheBaseUrlWithSecurityHeaders() throws Exception {
        RawHttp.Response r = get("/docs/guides/a/");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type").toLowerCase().replace(";charset", "; charset"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'self'; script-src 'self' 'sha256-"), csp);
        assertTrue(csp.contains("img-src 'self' data:") && csp.contains("connect-src 'self'")
                && csp.contains("style-src 'self' 'unsafe-inline'"), csp);
        var doc = Jsoup.parse(r.body());
        assertEquals("Alpha guide", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst("script[src*=__docsite/live.js?v=]"), "preview pages load the live script");
    }

    @Test
    void pathWithoutTrailingSlashRedirectsToThePage() throws Exception {
        RawHttp.Response r = get("/docs/guides/a?x=1");
        assertEquals(302, r.status());
        assertEquals("/docs/guides/a/?x=1", r.header("Location"));
        assertEquals(302, get("/docs").status());
        assertEquals("/docs/", get("/docs").header("Location"));
    }

    @Test
    void indexHtmlIsTheSamePage() throws Exception {
        assertEquals(get("/docs/guides/a/").body(), get("/docs/guides/a/index.html").body());
    }

    @Test
    void unknownPathsAndPathsOutsideTheBaseUrlAre404WithTheNotFoundPage() throws Exception {
        for (String path : new String[] {"/docs/nope/", "/guides/a/", "/docs/guides/zz", "/docs/assets/nope.css"}) {
            RawHttp.Response r = get(path);
            assertEquals(404, r.status(), path);
            assertTrue(r.body().contains("Page not found"), path);
        }
        assertEquals(200, get("/docs/404.html").status());
    }

    @Test
    void siteFilesAreServedWithTheirTypes() throws Exception {
        assertContentType("/docs/assets/docsite.css", "text/css; charset=utf-8");
        assertContentType("/docs/img/logo.svg", "image/svg+xml; charset=utf-8");
        assertContentType("/docs/sitemap.xml", "application/xml; charset=utf-8");
        assertContentType("/docs/search/manifest.js", "text/javascript; charset=utf-8");
        assertContentType("/docs/kpi/snapshot.json", "application/json; charset=utf-8");
        assertContentType("/docs/__docsite/live.js", "text/javascript; charset=utf-8");
        assertTrue(get("/docs/search/c/0.js").body().contains("Original alpha text."));
        assertTrue(get("/docs/sitemap.xml").body().contains("/docs/guides/b/"));
    }

    private void assertContentType(String path, String expected) throws Exception {
        RawHttp.Response r = get(path);
        assertEquals(200, r.status(), path);
        assertEquals(expected, r.header("Content-Type").toLowerCase().replace(";charset", "; charset"), path);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            PreviewServer.PortInUseException e = assertThrows(PreviewServer.PortInUseException.class,
                    () -> PreviewServer.start(server.site(), "127.0.0.1", taken.getLocalPort(), line -> { }));
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
            assertTrue(e.getMessage().contains("--port"), e.getMessage());
        }
    }
}
