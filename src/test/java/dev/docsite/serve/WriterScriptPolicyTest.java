package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's Content-Security-Policy allows the theme's inline script by its hash and a writer's inline
 * {@code <script>} only where the site allows raw HTML ({@code markdown.raw_html: allow}, the default).
 */
class WriterScriptPolicyTest {

    /** SHA-256 of {@code writer()}, the page's inline script. */
    private static final String WRITER_HASH = "'sha256-TPIVNjT746rJd/LtMu0SzBf/Oh2vcbqofEX1ZGQK8I8='";
    private static final String REST = "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @TempDir
    Path dir;

    private RawHttp.Response served(String markdownSection) throws Exception {
        ServeFixture f = new ServeFixture(Files.createDirectories(dir.resolve("site")));
        f.site.file("site.yml", "title: Test Docs\n" + markdownSection)
                .page("scripted.md", "title: Scripted", "Before.\n\n<script>writer()</script>\n\nAfter.\n");
        f.open();
        try (PreviewServer server = PreviewServer.start(f.preview, "127.0.0.1", 0, line -> { })) {
            return RawHttp.get(server.port(), "/scripted/");
        }
    }

    /** The hash of the theme's colour-scheme script, the one inline script of the page's {@code <head>}. */
    private static String themeHash(RawHttp.Response r) throws Exception {
        String script = Jsoup.parse(r.body()).select("head script:not([src])").first().data();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    @Test
    void withRawHtmlAllowedTheWritersScriptRunsToo() throws Exception {
        RawHttp.Response r = served("");
        assertEquals(200, r.status());
        assertEquals("default-src 'self'; script-src 'self' " + themeHash(r) + " " + WRITER_HASH + REST,
                r.header("Content-Security-Policy"));
        assertEquals("writer()", Jsoup.parse(r.body()).selectFirst("article script").data());
    }

    @Test
    void withRawHtmlEscapedOnlyTheThemesScriptRuns() throws Exception {
        RawHttp.Response r = served("markdown:\n  raw_html: escape\n");
        assertEquals(200, r.status());
        assertEquals("default-src 'self'; script-src 'self' " + themeHash(r) + REST, r.header("Content-Security-Policy"));
        assertEquals("<script>writer()</script>", Jsoup.parse(r.body()).selectFirst("article .markdown").ownText());
    }
}
