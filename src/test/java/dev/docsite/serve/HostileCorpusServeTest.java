package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/site}, cases listed in {@code docs/hostile-input.md}),
 * plus symbolic links made here to a file outside the site: the preview serves every page that was built in one go,
 * and none that was not ({@code cli/HostileCorpusBuildTest} builds it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusServeTest {

    @TempDir
    static Path dir;

    private Path site;

    @BeforeAll
    void copy() throws Exception {
        site = dir.resolve("site");
        TreeCopy.copy(Path.of(HostileCorpusServeTest.class.getResource("/hostile/site").toURI()), site);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE\n");
        Files.createDirectories(site.resolve("static"));
        Files.createSymbolicLink(site.resolve("static/leak.txt"), secret);
        Files.createSymbolicLink(site.resolve("content/leak.md"), secret);
    }

    @Test
    void servesEveryPageBuilt() throws Exception {
        PreviewSite preview = PreviewSite.open(new TestSite(site).config(), ConfigOverrides.none(), Clock.systemUTC(),
                n -> { }, line -> { });
        try (PreviewServer server = PreviewServer.start(preview, "127.0.0.1", 0, line -> { })) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (String url : PAGES.keySet()) {
                statuses.put(url, RawHttp.get(server.port(), url).status());
            }
            assertEquals(PAGES, statuses);
        }
    }

    private static final Map<String, Integer> PAGES = new LinkedHashMap<>();

    static {
        for (String built : List.of("/", "/dashes/", "/stars/", "/underscores/", "/spaced-dashes/", "/quotes/",
                "/list-300/", "/emphasis/", "/components/", "/tabs/")) {
            PAGES.put(built, 200);
        }
        for (String notBuilt : List.of("/slot-markers/", "/leak/", "/leak.txt")) {
            PAGES.put(notBuilt, 404);
        }
    }
}
