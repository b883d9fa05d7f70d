package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the system will not watch (the inotify limit reached, permission denied) is reported once, with the
 * reason in words, and every other folder is still watched. The refusal is simulated through the package's
 * registration hook: as root, and without exhausting the machine's shared inotify limit, it cannot be provoked.
 */
class UnwatchableFolderTest {

    @TempDir
    Path dir;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static TreeWatcher.Registrar refusing(Path refused, IOException why) {
        return (folder, service) -> {
            if (folder.equals(refused)) {
                throw why;
            }
            return folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        };
    }

    @Test
    void aFolderOverTheLimitIsReportedOnceAndTheOthersAreStillWatched() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path full = Files.createDirectories(content.resolve("guides"));
        Path fine = Files.createDirectories(content.resolve("roles"));
        Map<Path, String> reported = new ConcurrentHashMap<>();
        List<Path> changes = new CopyOnWriteArrayList<>();
        try (TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), changes::add,
                (folder, reason) -> reported.merge(folder, reason, (a, b) -> a + " | " + b),
                refusing(full, new IOException("User limit of inotify watches reached")))) {
            assertEquals(Map.of(full, "user limit of inotify watches reached"), reported);
            assertEquals(Set.of(full), watcher.unwatched());
            Path page = Files.writeString(fine.resolve("manager.md"), "x");
            await(() -> changes.contains(page), "a change in a folder that is watched");
        }
    }

    @Test
    void aNewFolderThatCannotBeWatchedIsReportedWithTheReason() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path later = content.resolve("later");
        Map<Path, String> reported = new ConcurrentHashMap<>();
        List<Path> changes = new CopyOnWriteArrayList<>();
        try (TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), changes::add,
                reported::put, refusing(later, new java.nio.file.AccessDeniedException(later.toString())))) {
            Files.createDirectories(later);
            await(() -> reported.containsKey(later), "the report of the new folder");
            assertEquals(Map.of(later, "permission denied"), reported);
            await(() -> changes.contains(later), "the new folder itself, as a change");
        }
    }
}
