package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigException;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.testing.FileTree;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache never changes what a build writes: after each of a series of random edits (page bodies, headings,
 * titles, other frontmatter, anchors other pages link to, new, renamed and deleted pages, a template, the KPI feed, a
 * category, the configuration), an incremental build's output is
 * byte for byte the output of a clean build of the same sources, and pages whose inputs did not change are taken from
 * the previous output (hard links) rather than rendered.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private static final String FEED = """
            {"generated_at": "2026-11-20T08:00:00Z", "source": "export",
             "kpis": [{"id": "backlog", "label": "Backlog", "unit": "count", "better": "down", "value": %d, "target": 100}]}
            """;

    private TestSite site() throws IOException {
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: Cache Docs\nkpi:\n  feed: data/feed.json\n  max_age: 3650d\n");
        site.file("data/feed.json", FEED.formatted(142));
        site.page("index.md", "title: Home", "Welcome to [the first guide](guides/g1.md#step-1).\n");
        site.file("content/guides/_category_.yml", "label: Guides\nposition: 1\n");
        for (int i = 1; i <= 6; i++) {
            site.page("guides/g" + i + ".md", "title: Guide " + i + "\nsidebar_position: " + i,
                    "## Step " + i + "\n\nText of guide " + i + ". See [the next](g" + (i % 6 + 1) + ".md#step-"
                            + (i % 6 + 1) + ").\n");
        }
        site.page("metrics.md", "title: Metrics", "Backlog is :kpi[backlog] today.\n");
        site.file("templates/partials/footer.ftlh", footer("v0"));
        return site;
    }

    private static String footer(String version) throws IOException {
        return Files.readString(Path.of("templates/partials/footer.ftlh"), StandardCharsets.UTF_8)
                + "<#-- " + version + " -->\n<p class=\"footer-version\">" + version + "</p>\n";
    }

    @Test
    void randomEditsGiveTheSameBytesAsACleanBuildEveryTime() throws IOException {
        TestSite site = site();
        assertEquals(List.of(), warnings(site.build()));
        Random random = new Random(20);
        int reusedAfterBodyEdits = 0;
        for (int step = 0; step < 30; step++) {
            String edit = edit(site, random, step);
            BuildResult incremental = site.build();
            assertEquals(List.of(), warnings(incremental), edit);
            Path clean = dir.resolve("clean-" + step);
            new TestSite(site.root()).build(withOut(site.config(), clean));
            assertEquals(FileTree.contents(clean), FileTree.contents(site.out()), "after step " + step + ": " + edit);
            if (edit.startsWith("body")) {
                reusedAfterBodyEdits += linkedPages(site.out());
            }
        }
        assertTrue(reusedAfterBodyEdits > 0, "pages taken from the previous output after body edits");
    }

    @Test
    void aBodyEditRendersOnlyThatPageAndAHeadingEditThePagesLinkingToIt() throws IOException {
        TestSite site = site();
        site.build();
        Path g2 = site.root().resolve("content/guides/g2.md");
        Files.writeString(g2, Files.readString(g2) + "\nA new sentence.\n");
        site.build();
        // 404 is generated, so always rendered; the KPI page is kept while the feed and its freshness are the same.
        assertEquals(List.of("404.html", "guides/g2/index.html"), renderedPages(site.out()));

        Files.writeString(g2, Files.readString(g2).replace("## Step 2", "## Step two"));
        site.build();
        // g1 links to g2#step-2, which is now broken.
        assertEquals(List.of("404.html", "guides/g1/index.html", "guides/g2/index.html"), renderedPages(site.out()));

        Files.writeString(g2, Files.readString(g2).replace("title: Guide 2", "title: Guide two"));
        site.build();
        assertEquals(0, linkedPages(site.out()), "a title is in every page's sidebar");
    }

    @Test
    void unchangedPagesAreNeitherReadNorParsedAgain() throws IOException, InterruptedException {
        TestSite site = site();
        Thread.sleep(FileStamps.RACY_NANOS / 1_000_000 + 100); // a file changed just before a build is read again
        site.build();
        Path g3 = site.root().resolve("content/guides/g3.md");
        Files.writeString(g3, Files.readString(g3) + "\nAnother sentence.\n");
        BuildCache cache = BuildCache.open(site.config(), new java.util.ArrayList<>());
        java.util.List<String> parsedAgain = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.docsite.content.PageLoader.BodyParser parser =
                cache.parser((file, frontMatter, body) -> {
                    parsedAgain.add(file.relPath());
                    return new dev.docsite.markdown.MarkdownEngine().prepare(body);
                });
        ContentStage.load(ContentStage.scan(site.config()),
                cache.loading(dev.docsite.content.PageLoader.perFile(parser)));
        assertEquals(List.of("guides/g3.md"), parsedAgain);
        assertEquals(List.of(7, 1), java.util.Arrays.stream(cache.pages().counts()).boxed().toList(),
                "pages taken from the cache, pages read");
    }

    @Test
    void aCorruptCacheIsIgnoredWithAWarningAndNoCacheRendersEverything() throws IOException {
        TestSite site = site();
        site.build();
        Path cache = BuildCache.fileOf(site.out());
        Files.writeString(cache, "garbage\n");

        BuildResult r = site.build();

        assertEquals(List.of("site-output: warning: ignored the build cache .site-output.cache: it is not a build cache"
                + " of this docsite; every page is rendered [output]"), warnings(r).stream().map(Problem::format).toList());
        assertEquals(0, linkedPages(site.out()));
        try {
            new SiteBuilder(site.config(), TestSite.CLOCK).withCache(false).build(SiteBuilder.Mode.BUILD);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(0, linkedPages(site.out()));
        assertTrue(!Files.exists(cache), "--no-cache removes the cache of the output it replaces");
    }

    @Test
    void aCacheCutShortIsIgnoredWithAWarningAndTheOutputIsThatOfACleanBuild() throws IOException {
        TestSite site = site();
        site.build();
        Path cache = BuildCache.fileOf(site.out());
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path g4 = site.root().resolve("content/guides/g4.md");
        Files.writeString(g4, Files.readString(g4) + "\nEdited after the cache was damaged.\n");

        BuildResult r = site.build();

        assertEquals(List.of("site-output: warning: ignored the build cache .site-output.cache: it cannot be read"
                + " (cut short); every page is rendered [output]"), warnings(r).stream().map(Problem::format).toList());
        assertEquals(0, linkedPages(site.out()));
        Path clean = dir.resolve("clean");
        new TestSite(site.root()).build(withOut(site.config(), clean));
        assertEquals(FileTree.contents(clean), FileTree.contents(site.out()));
    }

    @Test
    void aKpiTurningADayOlderRendersOnlyThePagesShowingIt() throws IOException, ConfigException {
        TestSite site = site();
        site.build();
        java.time.Clock dayLater = java.time.Clock.offset(TestSite.CLOCK, java.time.Duration.ofDays(1));

        new SiteBuilder(site.config(), dayLater).build(SiteBuilder.Mode.BUILD);

        assertEquals(List.of("404.html", "metrics/index.html"), renderedPages(site.out()));
        Path clean = dir.resolve("clean");
        new SiteBuilder(withOut(site.config(), clean), dayLater).withCache(false).build(SiteBuilder.Mode.BUILD);
        assertEquals(FileTree.contents(clean), FileTree.contents(site.out()));
    }

    @Test
    void aBuildThatStopsLeavesACacheThatStillDescribesTheOutput() throws IOException {
        TestSite site = site();
        site.build();
        Path g5 = site.root().resolve("content/guides/g5.md");
        String before = Files.readString(g5);
        Files.writeString(g5, before + "\nSee [nothing](missing.md).\n");
        BuildResult strict = site.build(site.config().toBuilder().strict(true).build());
        assertEquals("--strict: 1 problem(s); nothing was written", strict.failure());
        site.file("templates/partials/footer.ftlh", "<#-- broken --><p>${no.such.value}</p>\n");
        BuildResult broken = site.build();
        assertEquals("a template failed; the previous output is left as it was", broken.failure());
        Files.writeString(g5, before + "\nFixed after two failed builds.\n");
        site.file("templates/partials/footer.ftlh", footer("v0"));

        assertEquals(List.of(), warnings(site.build()));

        Path clean = dir.resolve("clean");
        new TestSite(site.root()).build(withOut(site.config(), clean));
        assertEquals(FileTree.contents(clean), FileTree.contents(site.out()));
        assertEquals(List.of("404.html", "guides/g5/index.html"), renderedPages(site.out()));
    }

    /** Applies one random edit and says what it was. */
    private static String edit(TestSite site, Random random, int step) throws IOException {
        List<Path> pages = pages(site);
        Path page = pages.get(random.nextInt(pages.size()));
        String rel = site.root().resolve("content").relativize(page).toString();
        String text = Files.readString(page);
        switch (random.nextInt(12)) {
            case 0, 1 -> {
                Files.writeString(page, text + "\nA sentence added in step " + step + ".\n");
                return "body of " + rel;
            }
            case 2 -> {
                Files.writeString(page, text + "\n## Heading of step " + step + "\n\nMore.\n");
                return "heading in " + rel;
            }
            case 3 -> {
                Files.writeString(page, text.replaceFirst("title: [^\\n]*", "title: Retitled " + step));
                return "title of " + rel;
            }
            case 4 -> {
                site.page("guides/new-" + step + ".md", "title: New " + step,
                        "## Step " + step + "\n\nSee [guide 1](g1.md#step-1).\n");
                return "new page new-" + step;
            }
            case 5 -> {
                Files.move(page, page.resolveSibling("moved-" + step + ".md"));
                return "rename of " + rel;
            }
            case 6 -> {
                if (pages.size() > 3) {
                    Files.delete(page);
                    return "deletion of " + rel;
                }
                return "nothing";
            }
            case 7 -> {
                site.file("templates/partials/footer.ftlh", footer("v" + step));
                return "template";
            }
            case 8 -> {
                String plain = text.replaceAll("(?m)^(description|sidebar_label): [^\\n]*\\n", "");
                Files.writeString(page, plain.replaceFirst("title: ", "description: Described in step " + step
                        + "\nsidebar_label: Label " + step + "\ntitle: "));
                return "frontmatter of " + rel;
            }
            case 9 -> {
                // Other pages link to "#step-N" of this one: renaming the heading breaks or fixes their links.
                Files.writeString(page, text.replaceFirst("## Step (\\d+)", "## Step $1 of step " + step));
                return "anchor of " + rel;
            }
            case 10 -> {
                site.file("site.yml", "title: Cache Docs " + step + "\nkpi:\n  feed: data/feed.json\n  max_age: 3650d\n");
                return "configuration";
            }
            default -> {
                if (random.nextBoolean()) {
                    site.file("data/feed.json", FEED.formatted(100 + step));
                    return "feed";
                }
                site.file("content/guides/_category_.yml", "label: Guides " + step + "\nposition: 1\n");
                return "category";
            }
        }
    }

    private static List<Path> pages(TestSite site) throws IOException {
        try (Stream<Path> s = Files.walk(site.root().resolve("content"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static SiteConfig withOut(SiteConfig config, Path out) {
        return config.toBuilder().outDir(out).build();
    }

    private static List<Problem> warnings(BuildResult r) {
        return r.problems().stream().filter(p -> p.code() == ProblemCode.OUTPUT).toList();
    }

    /** Pages of the output written by this build, not taken from the previous output. */
    private static List<String> renderedPages(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return (Integer) Files.getAttribute(p, "unix:nlink") == 1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    /** Pages of the output that are hard links to the previous output's file. */
    private static int linkedPages(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return (int) s.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return (Integer) Files.getAttribute(p, "unix:nlink") > 1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).count();
        }
    }
}
