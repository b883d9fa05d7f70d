package dev.docsite.rebuild;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches folders with {@link WatchService} and reports every changed path. Recursive roots are registered folder by
 * folder (the JDK has no recursive watch on Linux); folders created later are registered as they appear, and the files
 * already in them are reported, since they may have been written before the registration. When the OS drops events
 * (overflow), the watched folder itself is reported so the receiver can rescan it. Symbolic links are not followed.
 * <p>
 * The folder holding each recursive root is watched too, so a root deleted and created again, renamed away and
 * back, or replaced by a branch switch ({@code rm -rf content && cp -r …}) is registered again with everything in
 * it reported; a root missing at the start is picked up when it appears.
 */
public final class TreeWatcher implements AutoCloseable {

    private final WatchService service;
    private final Consumer<Path> onChange;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> recursive = new ConcurrentHashMap<>();
    private final java.util.Set<Path> treeRoots = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closed;

    /** Registers {@code roots} (missing folders are skipped) and starts reporting to {@code onChange} on a daemon thread. */
    public TreeWatcher(List<SourceLayout.WatchRoot> roots, Consumer<Path> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (SourceLayout.WatchRoot root : roots) {
            Path dir = root.dir().toAbsolutePath().normalize();
            if (root.recursive()) {
                treeRoots.add(dir);
                Path parent = dir.getParent();
                if (parent != null && Files.isDirectory(parent) && !recursive.containsKey(parent)) {
                    register(parent, false);
                }
            }
            if (!Files.isDirectory(dir)) {
                continue;
            }
            if (root.recursive()) {
                registerTree(dir, false);
            } else if (!recursive.containsKey(dir)) {
                register(dir, false);
            }
        }
        this.thread = new Thread(this::loop, "docsite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Number of folders watched (for diagnostics and tests). */
    public int watchedFolders() {
        return keys.size();
    }

    private void register(Path dir, boolean tree) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
        recursive.merge(dir, tree, Boolean::logicalOr);
    }

    /** @param report whether to report the files found (a folder that appeared while watching) */
    private void registerTree(Path top, boolean report) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir, true);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (report) {
                    onChange.accept(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        while (!closed) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = keys.get(key);
            if (dir != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    handle(dir, event);
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
        }
    }

    private void handle(Path dir, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            onChange.accept(dir);
            return;
        }
        Path changed = dir.resolve((Path) event.context());
        boolean inTree = recursive.getOrDefault(dir, false) || treeRoots.contains(changed);
        if (inTree && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
            try {
                registerTree(changed, true);
            } catch (IOException e) {
                // Vanished again already; its delete event follows.
            }
        }
        onChange.accept(changed);
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // Closing is best effort; the thread ends on ClosedWatchServiceException.
        }
        thread.interrupt();
    }
}
