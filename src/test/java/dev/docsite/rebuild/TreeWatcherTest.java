package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWatcherTest {

    @TempDir
    Path dir;

    private final List<Set<Path>> batches = new CopyOnWriteArrayList<>();

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private boolean seen(Path p) {
        return batches.stream().anyMatch(b -> b.contains(p));
    }

    @Test
    void reportsChangesInFoldersCreatedAfterTheWatchStarted() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Debouncer<Path> debouncer = new Debouncer<>(Duration.ofMillis(75), Duration.ofSeconds(1), batches::add);
             TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), debouncer::offer)) {
            Path nested = Files.createDirectories(content.resolve("a/b"));
            Path early = Files.writeString(nested.resolve("early.md"), "written before registration may finish");
            await(() -> seen(early), "a file in a new nested folder");
            Path later = Files.writeString(nested.resolve("later.md"), "x");
            await(() -> seen(later), "a later file in the new folder");
            assertTrue(watcher.watchedFolders() >= 3);
        }
    }

    @Test
    void saveByRenameIsOneBatchNamingTheFile() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path page = Files.writeString(content.resolve("page.md"), "v1");
        try (Debouncer<Path> debouncer = new Debouncer<>(Duration.ofMillis(75), Duration.ofSeconds(1), batches::add);
             TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), debouncer::offer)) {
            Path tmp = Files.writeString(content.resolve(".page.md.swp"), "v2");
            Files.delete(page);
            Files.move(tmp, page, StandardCopyOption.ATOMIC_MOVE);
            await(() -> seen(page), "the renamed file");
            Thread.sleep(300);
            assertEquals(1, batches.size(), "delete + create + rename within the quiet period: " + batches);
            assertEquals("v2", Files.readString(page));
        }
    }

    @Test
    void nonRecursiveRootsSeeOnlyTheirOwnFiles() throws Exception {
        Path root = Files.createDirectories(dir.resolve("site"));
        Path sub = Files.createDirectories(root.resolve("sub"));
        try (Debouncer<Path> debouncer = new Debouncer<>(Duration.ofMillis(50), Duration.ofSeconds(1), batches::add);
             TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(root, false)), debouncer::offer)) {
            Files.writeString(sub.resolve("ignored.txt"), "x");
            Path yml = Files.writeString(root.resolve("site.yml"), "title: T\n");
            await(() -> seen(yml), "site.yml");
            assertTrue(batches.stream().noneMatch(b -> b.contains(sub.resolve("ignored.txt"))));
        }
    }

    @Test
    void aRootDeletedAndCreatedAgainIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(dir.resolve("site/content"));
        Files.writeString(content.resolve("a.md"), "a");
        try (Debouncer<Path> debouncer = new Debouncer<>(Duration.ofMillis(50), Duration.ofSeconds(1), batches::add);
             TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), debouncer::offer)) {
            Files.delete(content.resolve("a.md"));
            Files.delete(content);
            await(() -> seen(content), "the deleted root");
            Files.createDirectories(content.resolve("guide"));
            Path copied = Files.writeString(content.resolve("guide/b.md"), "b");
            await(() -> seen(copied), "a file of the re-created root");
            Path edited = Files.writeString(content.resolve("c.md"), "c");
            await(() -> seen(edited), "a later edit in the re-created root");
        }
    }

    @Test
    void aRootRenamedAwayAndBackIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(dir.resolve("site/content"));
        try (Debouncer<Path> debouncer = new Debouncer<>(Duration.ofMillis(50), Duration.ofSeconds(1), batches::add);
             TreeWatcher watcher = new TreeWatcher(List.of(new SourceLayout.WatchRoot(content, true)), debouncer::offer)) {
            Path away = Files.move(content, dir.resolve("site/content-old"));
            Files.writeString(away.resolve("x.md"), "x");
            Files.move(away, content);
            await(() -> seen(content.resolve("x.md")), "the file of the folder renamed back");
            Path edited = Files.writeString(content.resolve("y.md"), "y");
            await(() -> seen(edited), "a later edit");
        }
    }
}
