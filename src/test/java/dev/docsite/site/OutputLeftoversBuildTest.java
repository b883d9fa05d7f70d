package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.output.StagedDirectory;
import dev.docsite.problem.Problem;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build puts right what an earlier build left beside the output folder, whether it succeeds itself or not. */
class OutputLeftoversBuildTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        return site;
    }

    @Test
    void aBuildThatFailsStillPutsBackTheOutputAKillBetweenTheRenamesLeftAside() throws IOException {
        TestSite site = site();
        site.page("broken.md", "title: Broken", "A [dead link](./nowhere.md).\n");
        Path aside = dir.resolve(".site-output.previous-" + deadPid());
        Files.createDirectories(aside);
        Files.writeString(aside.resolve(StagedDirectory.MARKER), "");
        Files.writeString(aside.resolve("index.html"), "the site before the kill");

        BuildResult r = site.build(site.config(new ConfigOverrides(null, null, null, null, null, true, null, null)));

        assertTrue(r.failed());
        assertEquals("the site before the kill", site.read("index.html"));
        assertFalse(Files.exists(aside));
    }

    @Test
    void aSecondBuildDeletesTheFirstOnesPreviousOutputAndReportsNothing() throws IOException {
        TestSite site = site();
        assertEquals(List.of(), site.build().problems());
        site.page("index.md", "title: Home", "Welcome back.\n");
        assertEquals(List.of(), site.build().problems());
        assertEquals(List.of(".site-output.cache", ".site-output.discarded-" + ProcessHandle.current().pid() + "-1"),
                leftovers(), "the build cache and the first output, renamed aside by the second build's swap");

        site.page("index.md", "title: Home", "Welcome a third time.\n");
        List<Problem> third = site.build().problems();

        assertEquals(List.of(), third);
        List<String> after = leftovers();
        // The third build's swap names the second output after whatever of the first is still being deleted, so
        // only the count and the contents are fixed, not the number in the name.
        assertEquals(2, after.size(), "the build cache and one discarded output: " + after);
        assertEquals(".site-output.cache", after.get(0));
        assertTrue(after.get(1).startsWith(".site-output.discarded-" + ProcessHandle.current().pid() + "-"), after.get(1));
        assertTrue(Files.readString(dir.resolve(after.get(1)).resolve("index.html")).contains("Welcome back."),
                "the discarded folder is the second output");
        assertEquals("Welcome a third time.", site.html("index.html").selectFirst("article p").text());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-output.")).sorted().toList();
        }
    }

    private static long deadPid() {
        long pid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
