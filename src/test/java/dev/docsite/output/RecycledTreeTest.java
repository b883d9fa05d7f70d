package dev.docsite.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes its site over the output discarded by the build before the last one: the result is the tree a new
 * folder gives, and nothing outside the recycled tree changes, hard links and symbolic links included.
 */
class RecycledTreeTest {

    @TempDir
    Path tmp;

    @Test
    void theThirdBuildWritesOverTheFirstOutputAndKeepsOnlyWhatItWrote() throws IOException {
        Path out = tmp.resolve("site-output");
        build(out, "index.html", "one", "gone/index.html", "old page", "a", "a file, later a folder",
                "b/index.html", "a folder, later a file", "keep/x.css", "old css");
        build(out, "index.html", "two");
        Path aside = OutputLeftovers.reuseName(out);

        assertEquals(List.of(), build(out, "index.html", "three", "a/index.html", "now a folder", "b", "now a file",
                "keep/x.css", "new css", "new/deep/index.html", "new"));

        assertFalse(Files.exists(aside));
        assertEquals(List.of(".docsite-output", "a/index.html=now a folder", "b=now a file", "index.html=three",
                "keep/x.css=new css", "new/deep/index.html=new"), tree(out));
        Path discarded = tmp.resolve(".site-output.discarded-" + ProcessHandle.current().pid() + "-1");
        assertEquals(List.of(".docsite-output", "index.html=two"), tree(discarded),
                "the second output, discarded, is untouched");
    }

    @Test
    void aFileSharedWithTheOutputThroughAHardLinkIsNeverWrittenThrough() throws IOException {
        Path out = tmp.resolve("site-output");
        build(out, "index.html", "first", "page/index.html", "page");
        StagedDirectory second = open(out);
        second.write("index.html", "second");
        second.link(out.resolve("page/index.html"), "page/index.html"); // as an incremental build does
        second.commit();

        build(out, "index.html", "third", "page/index.html", "page, rewritten");

        Path discarded = tmp.resolve(".site-output.discarded-" + ProcessHandle.current().pid() + "-1");
        assertEquals(List.of(".docsite-output", "index.html=second", "page/index.html=page"), tree(discarded));
        assertEquals(List.of(".docsite-output", "index.html=third", "page/index.html=page, rewritten"), tree(out));
    }

    @Test
    void aSymbolicLinkInTheDiscardedOutputIsRemovedNotFollowed() throws IOException {
        Path out = tmp.resolve("site-output");
        build(out, "index.html", "first");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "not docsite's");
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);
        Files.createSymbolicLink(out.resolve("file.html"), elsewhere.resolve("index.html"));
        build(out, "index.html", "second");

        build(out, "index.html", "third", "linked/index.html", "mine", "file.html", "mine too");

        assertEquals(List.of("index.html=not docsite's"), tree(elsewhere));
        assertEquals(List.of(".docsite-output", "file.html=mine too", "index.html=third", "linked/index.html=mine"),
                tree(out));
    }

    @Test
    void aFailedBuildOverARecycledTreeLeavesTheOutputAsItWas() throws IOException {
        Path out = tmp.resolve("site-output");
        build(out, "index.html", "first");
        build(out, "index.html", "second");
        StagedDirectory third = open(out);
        third.write("index.html", "half-written");
        third.abort();

        assertEquals(List.of(".docsite-output", "index.html=second"), tree(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site-output"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A build as {@code SiteBuilder} runs one: tidy with reuse, open, write, commit; the cleanup's failures. */
    private List<String> build(Path out, String... pathsAndTexts) throws IOException {
        OutputCleanup cleanup = OutputLeftovers.tidy(out, true);
        StagedDirectory sink = StagedDirectory.open(out);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            sink.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        sink.commit();
        return cleanup.finish();
    }

    private StagedDirectory open(Path out) throws IOException {
        OutputLeftovers.tidy(out, true).finish();
        return StagedDirectory.open(out);
    }

    /** Every file under {@code dir} as {@code path=text} (the marker by its name alone), sorted. */
    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> {
                String rel = dir.relativize(p).toString();
                try {
                    return rel.equals(StagedDirectory.MARKER) ? rel : rel + "=" + Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
