package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output half of a cached build: files that are not pages (the search index's chunks, the sitemap, the theme's
 * assets) and the docs tag pages are the previous output's files (the same inode, a hard link) when made from the
 * same inputs, and written again when not; the output stays byte for byte a clean build's.
 */
class IncrementalOutputTest {

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: Cache Docs\n");
        site.page("index.md", "title: Home", "Welcome to [the first guide](guides/g1.md#step-1).\n");
        for (int i = 1; i <= 12; i++) {
            site.page("guides/g" + i + ".md", "title: Guide " + i + "\nsidebar_position: " + i,
                    "## Step " + i + "\n\nText of guide " + i + ".\n");
        }
        return site;
    }

    @Test
    void aBodyEditWritesOnlyTheSearchChunkHoldingThePageAndLinksTheOtherFiles() throws IOException {
        TestSite site = site();
        site.build();
        Map<String, Object> before = inodes(site.out());
        Path g7 = site.root().resolve("content/guides/g7.md");
        Files.writeString(g7, Files.readString(g7) + "\nA new sentence about zebras.\n");
        site.build();
        Map<String, Object> after = inodes(site.out());

        String chunkOfG7 = chunkHolding(site.out(), "guides/g7/");
        List<String> writtenAgain = after.keySet().stream()
                .filter(p -> !p.endsWith(".html") && !after.get(p).equals(before.get(p))).toList();
        // The manifest and the fragments are made whole (the new word moves terms between fragments): those whose
        // bytes are unchanged are linked too. The chunk holding g7 is written; every other chunk is linked.
        List<String> chunksWritten = writtenAgain.stream().filter(p -> p.startsWith("search/c/")).toList();
        assertEquals(List.of(chunkOfG7), chunksWritten);
        assertEquals(before.get("sitemap.xml"), after.get("sitemap.xml"));
        assertEquals(before.get("assets/docsite.css"), after.get("assets/docsite.css"));
        // The marker is written by the staging folder itself, before anything else.
        assertEquals(List.of(".docsite-output"), writtenAgain.stream().filter(p -> !p.startsWith("search/")).toList());

        Path clean = dir.resolve("clean");
        new TestSite(site.root()).build(site.config().toBuilder().outDir(clean).build());
        assertEquals(tree(clean), tree(site.out()));
    }

    @Test
    void aNewPageShiftsTheChunksAfterItAndTheOutputIsStillACleanBuilds() throws IOException {
        TestSite site = site();
        site.build();
        site.page("guides/g0.md", "title: Guide 0\nsidebar_position: 0", "## Step 0\n\nFirst of all.\n");
        site.build();
        Path clean = dir.resolve("clean");
        new TestSite(site.root()).build(site.config().toBuilder().outDir(clean).build());
        assertEquals(tree(clean), tree(site.out()));
    }

    @Test
    void tagPagesAreLinkedAfterABodyEditAndDrawnAgainWhenATaggedPagesTitleChanges() throws IOException {
        TestSite site = site();
        site.page("guides/tagged.md", "title: Tagged\ntags: [risk, audit]\ndescription: About risk",
                "## Risk\n\nBody.\n");
        site.build();
        Map<String, Object> first = inodes(site.out());
        List<String> tagPages = first.keySet().stream().filter(p -> p.startsWith("tags/")).toList();
        assertEquals(List.of("tags/audit/index.html", "tags/index.html", "tags/risk/index.html"), tagPages);

        Path tagged = site.root().resolve("content/guides/tagged.md");
        Files.writeString(tagged, Files.readString(tagged) + "\nMore body.\n");
        site.build();
        Map<String, Object> second = inodes(site.out());
        assertEquals(tagPages.stream().map(first::get).toList(), tagPages.stream().map(second::get).toList());

        Files.writeString(tagged, Files.readString(tagged).replace("title: Tagged", "title: Tagged again"));
        site.build();
        Map<String, Object> third = inodes(site.out());
        assertEquals(List.of(), tagPages.stream().filter(p -> third.get(p).equals(second.get(p))).toList());
        Path clean = dir.resolve("clean");
        new TestSite(site.root()).build(site.config().toBuilder().outDir(clean).build());
        assertEquals(tree(clean), tree(site.out()));
    }

    @Test
    void aLinkIntoAPageWhoseHeadingWasRemovedIsReportedByACachedBuildAndFixedByTheNext() throws IOException {
        TestSite site = site();
        assertEquals(List.of(), site.build().problems());
        Path g1 = site.root().resolve("content/guides/g1.md");
        String text = Files.readString(g1);
        Files.writeString(g1, text.replace("## Step 1\n", "Step 1\n"));
        assertEquals(List.of("content/index.md:4:12: warning: '#step-1' is not a heading or element id of"
                        + " content/guides/g1.md [broken-anchor]"),
                site.build().problems().stream().map(dev.docsite.problem.Problem::format).toList());
        Files.writeString(g1, text);
        assertEquals(List.of(), site.build().problems());
    }

    private static String chunkHolding(Path out, String url) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("search/c"))) {
            List<String> holding = s.filter(p -> read(p).contains("[\"" + url + "\""))
                    .map(p -> out.relativize(p).toString()).toList();
            assertEquals(1, holding.size(), holding.toString());
            return holding.get(0);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> inodes(Path out) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return files;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), read(p));
            }
        }
        return files;
    }
}
