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
 * <p>
 * A folder that cannot be watched (unreadable, or the system's limit of watches reached: inotify's
 * {@code max_user_watches} on Linux) is reported to {@code onUnwatched} with the reason in words, once per folder
 * until it can be watched again, and the other folders are still watched.
 */
public final class TreeWatcher implements AutoCloseable {

    private final WatchService service;
    private final Consumer<Path> onChange;
    private final java.util.function.BiConsumer<Path, String> onUnwatched;
    private final java.util.Set<Path> unwatched = ConcurrentHashMap.newKeySet();
    private final Registrar registrar;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> recursive = new ConcurrentHashMap<>();
    private final java.util.Set<Path> treeRoots = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closed;

    /** Registers {@code roots} (missing folders are skipped) and starts reporting to {@code onChange} on a daemon thread. */
    public TreeWatcher(List<SourceLayout.WatchRoot> roots, Consumer<Path> onChange) throws IOException {
        this(roots, onChange, (dir, reason) -> { });
    }

    /**
     * As {@link #TreeWatcher(List, Consumer)}, reporting each folder that cannot be watched and why to
     * {@code onUnwatched} (from the constructor's thread or the watching thread).
     *
     * @throws IOException when the system gives no watch service at all
     */
    public TreeWatcher(List<SourceLayout.WatchRoot> roots, Consumer<Path> onChange,
                       java.util.function.BiConsumer<Path, String> onUnwatched) throws IOException {
        this(roots, onChange, onUnwatched, null);
    }

    /** The registration of one folder; the default registers it with the watch service. */
    interface Registrar {
        WatchKey register(Path dir, WatchService service) throws IOException;
    }

    /** As the public constructor, registering folders through {@code registrar} (tests: a refused registration). */
    TreeWatcher(List<SourceLayout.WatchRoot> roots, Consumer<Path> onChange,
                java.util.function.BiConsumer<Path, String> onUnwatched, Registrar registrar) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.onUnwatched = onUnwatched;
        this.registrar = registrar != null ? registrar : (dir, watchService) -> dir.register(watchService,
                StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
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
                try {
                    registerTree(dir, false);
                } catch (IOException e) {
                    cannotWatch(dir, e);
                }
            } else if (!recursive.containsKey(dir)) {
                register(dir, false);
            }
        }
        this.thread = new Thread(this::loop, "docsite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The folders that could not be watched and have not been watched since. */
    public java.util.Set<Path> unwatched() {
        return java.util.Set.copyOf(unwatched);
    }

    /** Number of folders watched (for diagnostics and tests). */
    public int watchedFolders() {
        return keys.size();
    }

    /** Registers {@code dir}; a folder that cannot be watched is reported, not thrown. */
    private void register(Path dir, boolean tree) {
        WatchKey key;
        try {
            key = registrar.register(dir, service);
        } catch (java.nio.file.NoSuchFileException e) {
            return; // vanished already; its parent reports the deletion
        } catch (IOException e) {
            cannotWatch(dir, e);
            return;
        }
        unwatched.remove(dir);
        keys.put(key, dir);
        recursive.merge(dir, tree, Boolean::logicalOr);
    }

    private void cannotWatch(Path dir, IOException e) {
        if (unwatched.add(dir)) {
            onUnwatched.accept(dir, dev.docsite.problem.IoReason.of(e));
        }
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
                if (!(exc instanceof java.nio.file.NoSuchFileException)
                        && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    cannotWatch(file, exc); // a folder that cannot be read cannot be watched either
                }
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
                if (Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                    cannotWatch(changed, e);
                } // else vanished again already; its delete event follows
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
