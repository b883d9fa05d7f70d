package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import dev.docsite.output.StagedDirectory;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import dev.docsite.testing.TestSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview shows is what {@code build} publishes: the preview server serves every file the build wrote, with
 * the same bytes; pages differ only by what the preview injects into them.
 */
class PreviewMatchesBuildTest {

    /** The live-reload script, marked with the page's version (see {@link PreviewState#versioned}). */
    private static final Pattern LIVE_SCRIPT =
            Pattern.compile("<script src=\"([./]*)__docsite/live\\.js\\?v=[0-9a-f]{16}\"></script>\n");

    /** The empty problems overlay the preview always has, so that the live script can fill it after an edit. */
    private static final String EMPTY_OVERLAY = """
            <section id="docsite-problems" class="problems-overlay" aria-label="Build problems" aria-live="polite" hidden>
            <header class="problems-header">
            <strong class="problems-count">0 problems on this page</strong>
            <button type="button" class="problems-close" aria-label="Hide problems">&times;</button>
            </header>
            <ol class="problems-list">
            </ol>
            </section>
            """;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    @Test
    void previewServesEveryBuiltFileWithTheSameBytes() throws Exception {
        Path root = sampleSiteWithExtras();
        SiteConfig config = ConfigLoader.load(root, new ConfigOverrides(null, null, null, dir.resolve("out"), null,
                true, null, null));
        BuildResult built = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertEquals(List.of(), built.problems().stream().map(p -> p.format()).toList());
        assertFalse(built.failed(), built.failure());
        Path out = dir.resolve("out");
        assertArrayEquals(PNG, Files.readAllBytes(out.resolve("guides/img/social.png")), "the frontmatter image");
        assertEquals("Download me.\n", Files.readString(out.resolve("downloads/checklist.txt")), "the static file");
        assertEquals("body { color: rebeccapurple; }\n", Files.readString(out.resolve("assets/docsite.css")),
                "the theme override");

        PreviewSite preview = PreviewSite.open(config, ConfigOverrides.none(), TestSite.CLOCK, n -> { }, line -> { });
        List<Path> files = builtFiles(out);
        List<String> paths = files.stream().map(f -> out.relativize(f).toString().replace('\\', '/')).toList();
        assertTrue(paths.containsAll(List.of("index.html", "guides/social-card/index.html", "404.html", "sitemap.xml",
                "search/manifest.js", "search/f/0.js", "search/c/0.js", "kpi/snapshot.json", "assets/docsite.css",
                "assets/search.js", "guides/img/social.png", "downloads/checklist.txt",
                "platform/img/dashboard-layout.svg")), paths.toString());
        for (Path file : files) {
            String path = out.relativize(file).toString().replace('\\', '/');
            Reply reply = preview.respond(new URI(null, null, "/" + path, null).getRawPath(), null);
            assertEquals(200, reply.status(), path);
            byte[] expected = Files.readAllBytes(file);
            if (path.endsWith(".html")) {
                assertEquals(new String(expected, StandardCharsets.UTF_8), withoutPreviewAdditions(path, reply.body()),
                        path);
            } else {
                assertArrayEquals(expected, reply.body(), path);
            }
        }
    }

    /**
     * The served page without the two things the preview adds: the live-reload script (right after the theme's
     * scripts, with the page's way to the site root) and the empty problems overlay. Fails when either is missing.
     */
    private static String withoutPreviewAdditions(String path, byte[] served) {
        String html = new String(served, StandardCharsets.UTF_8);
        Matcher live = LIVE_SCRIPT.matcher(html);
        assertTrue(live.find(), "live script in " + path);
        int depth = path.split("/").length - 1;
        String root = path.equals("404.html") ? "/" : depth == 0 ? "./" : "../".repeat(depth);
        assertEquals(root, live.group(1), "live script URL of " + path);
        html = html.substring(0, live.start()) + html.substring(live.end());
        assertTrue(html.contains(EMPTY_OVERLAY), "empty problems overlay in " + path);
        return html.replace(EMPTY_OVERLAY, "");
    }

    /** The repository's sample site plus a frontmatter image, a static file and a theme override. */
    private Path sampleSiteWithExtras() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path root = dir.resolve("site");
        for (String part : List.of("content", "static", "data", "templates", "site.yml", "platform-pages.txt")) {
            copyTree(repo.resolve(part), root.resolve(part));
        }
        TestSite site = new TestSite(root);
        site.page("guides/social-card.md", "title: Social card\nimage: ./img/social.png",
                        "The social card of this page is set in its frontmatter.\n")
                .bytes("content/guides/img/social.png", PNG)
                .file("static/downloads/checklist.txt", "Download me.\n")
                .file("templates/assets/docsite.css", "body { color: rebeccapurple; }\n");
        return root;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file the build wrote, except the marker by which docsite recognises its own output folders. */
    private static List<Path> builtFiles(Path out) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(StagedDirectory.MARKER))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
