package dev.docsite.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build finds beside its output folder, in every state a kill can leave it in, and what it makes of it:
 * each state is written on disk as the killed build would have left it.
 */
class OutputLeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void aCommitLeavesThePreviousOutputAsADiscardedFolderThatTheNextBuildDeletes() throws IOException {
        Path out = tmp.resolve("site-output");
        build(out, "first");
        build(out, "second");
        Path discarded = tmp.resolve(".site-output.discarded-" + ProcessHandle.current().pid() + "-1");
        assertEquals("first", Files.readString(discarded.resolve("index.html")));

        List<String> failures = OutputLeftovers.tidy(out).finish();

        assertEquals(List.of(), failures);
        assertEquals(List.of("site-output"), names());
        assertEquals("second", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aKillBetweenTheTwoRenamesIsRepairedBeforeAnythingElseHappens() throws IOException {
        Path out = tmp.resolve("site-output");
        Path previous = leftover(".site-output.previous-" + deadPid(), "previous");

        List<String> failures = OutputLeftovers.tidy(out).finish();

        assertEquals(List.of(), failures);
        assertFalse(Files.exists(previous));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site-output"), names());
    }

    @Test
    void aKillAfterTheSecondRenameLeavesAPreviousFolderBesideTheNewOutputWhichIsDeleted() throws IOException {
        Path out = leftover("site-output", "new");
        leftover(".site-output.previous-" + deadPid(), "old");

        assertEquals(List.of(), OutputLeftovers.tidy(out).finish());

        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site-output"), names());
    }

    @Test
    void aDeletionCutShortIsFinishedByTheNextBuild() throws IOException {
        Path out = leftover("site-output", "new");
        Path half = leftover(".site-output.discarded-" + deadPid() + "-1", "old");
        Files.delete(half.resolve("index.html"));
        Files.createDirectories(half.resolve("a/b"));
        Files.writeString(half.resolve("a/b/index.html"), "still here");
        Path emptied = Files.createDirectories(tmp.resolve(".site-output.discarded-" + deadPid() + "-2"));

        assertEquals(List.of(), OutputLeftovers.tidy(out).finish());

        assertFalse(Files.exists(half));
        assertFalse(Files.exists(emptied));
        assertEquals(List.of("site-output"), names());
    }

    @Test
    void foldersThatAreNotDocsitesOrBelongToALiveBuildAreKept() throws IOException {
        Path out = leftover("site-output", "new");
        Path notOurs = Files.createDirectories(tmp.resolve(".site-output.discarded-notes"));
        Files.writeString(notOurs.resolve("notes.txt"), "mine");
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        leftover(".site-output.staging-" + livePid, "being written");
        leftover(".site-output.previous-" + livePid, "being swapped");

        assertEquals(List.of(), OutputLeftovers.tidy(out).finish());

        assertEquals(List.of(".site-output.discarded-notes", ".site-output.previous-" + livePid,
                ".site-output.staging-" + livePid, "site-output"), names());
        assertEquals("mine", Files.readString(notOurs.resolve("notes.txt")));
    }

    @Test
    void aPreviousFolderThisProcessCouldNotRenameDoesNotBlockItsNextCommit() throws IOException {
        Path out = leftover("site-output", "first");
        leftover(".site-output.previous-" + ProcessHandle.current().pid(), "older");

        build(out, "second");
        assertEquals(List.of(), OutputLeftovers.tidy(out).finish());

        assertEquals("second", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site-output"), names());
    }

    @Test
    void aFailureIsDescribedWithItsReasonAndFile() {
        String text = OutputCleanup.describe("could not remove .site-output.discarded-7-1",
                tmp.resolve(".site-output.discarded-7-1"),
                new AccessDeniedException("/srv/.site-output.discarded-7-1/a/index.html"));
        assertEquals("could not remove .site-output.discarded-7-1 (permission denied:"
                + " /srv/.site-output.discarded-7-1/a/index.html)", text);
    }

    private void build(Path out, String text) throws IOException {
        StagedDirectory sink = StagedDirectory.open(out);
        sink.write("index.html", text);
        sink.commit();
    }

    /** A folder of docsite's (with its marker) holding index.html. */
    private Path leftover(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(StagedDirectory.MARKER), "");
        Files.writeString(dir.resolve("index.html"), text);
        return dir;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A process id that no process has: one past the highest live one, skipping any that appears meanwhile. */
    static long deadPid() {
        long pid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
