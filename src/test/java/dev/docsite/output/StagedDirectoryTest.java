package dev.docsite.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void nothingIsVisibleUntilCommit() throws IOException {
        Path out = tmp.resolve("site-output");
        StagedDirectory sink = StagedDirectory.open(out);
        sink.write("a/index.html", "new");
        assertFalse(Files.exists(out));
        sink.commit();
        assertEquals("new", Files.readString(out.resolve("a/index.html")));
        assertTrue(Files.exists(out.resolve(StagedDirectory.MARKER)));
    }

    @Test
    void abortLeavesThePreviousOutputUntouchedAndNoStagingBehind() throws IOException {
        Path out = tmp.resolve("site-output");
        StagedDirectory first = StagedDirectory.open(out);
        first.write("index.html", "old");
        first.commit();
        StagedDirectory second = StagedDirectory.open(out);
        second.write("index.html", "half-written");
        second.abort();
        assertEquals("old", Files.readString(out.resolve("index.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "only site-output remains");
        }
    }

    @Test
    void commitReplacesTheWholeFolderSoDeletedPagesDisappear() throws IOException {
        Path out = tmp.resolve("site-output");
        StagedDirectory first = StagedDirectory.open(out);
        first.write("gone/index.html", "x");
        first.commit();
        StagedDirectory second = StagedDirectory.open(out);
        second.write("index.html", "y");
        second.commit();
        assertFalse(Files.exists(out.resolve("gone")));
    }

    @Test
    void stagingLeftByADeadBuildIsRemovedAndALiveOnesIsKept() throws IOException {
        Path out = tmp.resolve("site-output");
        Path dead = tmp.resolve(".site-output.staging-" + deadPid());
        Files.createDirectories(dead.resolve("big"));
        Files.writeString(dead.resolve(StagedDirectory.MARKER), "x");
        Files.writeString(dead.resolve("big/page.html"), "half-written");
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path live = tmp.resolve(".site-output.staging-" + livePid);
        Files.createDirectories(live);
        Files.writeString(live.resolve(StagedDirectory.MARKER), "x");
        Path notOurs = tmp.resolve(".site-output.staging-notes");
        Files.createDirectories(notOurs);

        OutputLeftovers.tidy(out).finish();

        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(notOurs));
    }

    /** A process id that no process has: one past the highest live one, skipping any that appears meanwhile. */
    private static long deadPid() {
        long pid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path out = tmp.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        IOException e = assertThrows(IOException.class, () -> StagedDirectory.open(out));
        assertTrue(e.getMessage().contains("was not written by docsite"));
        assertEquals("precious", Files.readString(out.resolve("thesis.txt")));
    }

    @Test
    void refusesPathsThatLeaveTheOutput() throws IOException {
        StagedDirectory sink = StagedDirectory.open(tmp.resolve("o"));
        assertThrows(IOException.class, () -> sink.write("../escape.html", "x"));
        assertThrows(IOException.class, () -> sink.write("/etc/x", "x"));
        assertFalse(Files.exists(tmp.resolve("escape.html")));
        sink.abort();
    }

    @Test
    void recoversTheSiteWhenABuildWasKilledMidSwap() throws IOException {
        Path out = tmp.resolve("site-output");
        Path leftover = tmp.resolve(".site-output.previous-" + deadPid());
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("index.html"), "previous");
        Files.writeString(leftover.resolve(StagedDirectory.MARKER), "");
        StagedDirectory.open(out).abort();
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }
}
