package dev.docsite.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * A discarded previous output taken as the staging folder of the next build, which writes its files over the old
 * ones instead of deleting the old tree and making a new one. On ext4 without a journal (this project's benchmark
 * machine) deleting a 10,000-page output cost about 2 s of kernel time, and for about 30 s afterwards every new
 * file or folder scans past the inodes just freed ({@code recently_deleted} in {@code find_inode_bit}): a build
 * that made its 20,000 files and folders while the previous output was being deleted spent twice the kernel time
 * of one that did not (docs/benchmarks.md, "Kernel time of a second build"). The tree is garbage, so writing over
 * it leaves the current output as untouched as a new folder would, provided no file of it is shared with anything
 * else: {@link #claim} first removes every entry that is not a regular file with one link (hard links that an
 * incremental build made to the output, a user's {@code cp -al}, symbolic links). What the new build does not
 * write is removed before the swap ({@link #removeUnwritten}), so the result is the same tree a new folder gives.
 */
final class RecycledTree {

    private RecycledTree() {
    }

    /**
     * Makes {@code dir} exclusively this build's: deletes symbolic links, special files and files with more than
     * one link (their other names keep their data), so that writing over any file left cannot change another.
     */
    static void claim(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile()
                        || ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes what the build did not write: every file not in {@code written} and every folder that holds none of
     * {@code folders} (the folders files were written into).
     */
    static void removeUnwritten(Path root, Set<Path> written, Set<Path> folders) throws IOException {
        Set<Path> kept = new HashSet<>();
        for (Path file : written) {
            kept.add(file.normalize()); // as the walk names it
        }
        Set<Path> needed = new HashSet<>();
        for (Path madeInto : folders) {
            Path folder = madeInto.normalize();
            for (Path p = folder; p != null && p.startsWith(root) && needed.add(p); p = p.getParent()) {
                // every folder on the way up to the root holds a written file
            }
        }
        needed.add(root);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (needed.contains(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                OutputCleanup.deleteTree(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!kept.contains(file)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
