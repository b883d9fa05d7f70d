package dev.docsite.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only on {@link #commit()}, so a
 * failed or killed build leaves the previous site untouched. A marker file tells docsite's own output folders from
 * folders a user made, which are never replaced.
 */
public final class StagedDirectory implements OutputSink {

    /** Present in every output folder docsite writes. */
    public static final String MARKER = ".docsite-output";

    private final Path out;
    private final Path staging;
    private final Path previous;

    private StagedDirectory(Path out) {
        this.out = out;
        String name = out.getFileName().toString();
        long pid = ProcessHandle.current().pid();
        this.staging = out.resolveSibling("." + name + ".staging-" + pid);
        this.previous = out.resolveSibling("." + name + ".previous-" + pid);
    }

    /**
     * Prepares a staging folder for {@code out}.
     *
     * @throws IOException when {@code out} exists, is not empty and was not written by docsite
     */
    public static StagedDirectory open(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new IOException("refusing to use the filesystem root as output folder");
        }
        recoverInterruptedSwap(abs);
        if (Files.exists(abs) && !isReplaceable(abs)) {
            throw new IOException("refusing to replace " + abs + ": it is not empty and was not written by docsite"
                    + " (no " + MARKER + " file); choose another output folder with --out or 'out:' in site.yml");
        }
        StagedDirectory dir = new StagedDirectory(abs);
        Files.createDirectories(abs.getParent());
        deleteAbandonedStaging(abs);
        deleteTree(dir.staging);
        Files.createDirectories(dir.staging);
        Files.writeString(dir.staging.resolve(MARKER), "Written by docsite; replaced on every build.\n");
        return dir;
    }

    @Override
    public void write(String sitePath, byte[] bytes) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    @Override
    public void write(String sitePath, ByteBuffer... parts) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        Files.createDirectories(target.getParent());
        ByteBuffer[] views = new ByteBuffer[parts.length];
        long left = 0;
        for (int i = 0; i < parts.length; i++) {
            views[i] = parts[i].duplicate(); // the caller's buffers (a shared sidebar) keep their positions
            left += views[i].remaining();
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (left > 0) {
                left -= out.write(views);
            }
        }
    }

    @Override
    public void copy(Path source, String sitePath) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void commit() throws IOException {
        boolean hadPrevious = Files.exists(out);
        if (hadPrevious) {
            move(out, previous);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (hadPrevious) {
                move(previous, out);
            }
            throw e;
        }
        if (hadPrevious) {
            deleteTree(previous);
        }
    }

    @Override
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // A leftover staging folder is removed by the next build; the previous site is intact either way.
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A build killed between the two renames of a swap leaves only the previous folder: put it back. */
    private static void recoverInterruptedSwap(Path out) throws IOException {
        if (Files.exists(out) || out.getParent() == null || !Files.isDirectory(out.getParent())) {
            return;
        }
        String prefix = "." + out.getFileName() + ".previous-";
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            Path leftover = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            if (leftover != null) {
                move(leftover, out);
            }
        }
    }

    /**
     * Staging folders of builds that were killed or ran out of memory: a whole site each, which would otherwise fill
     * the disk over time. A folder whose process is still alive belongs to a concurrent build and stays.
     */
    private static void deleteAbandonedStaging(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".staging-";
        List<Path> abandoned;
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            abandoned = siblings.filter(p -> {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    return false;
                }
                try {
                    long pid = Long.parseLong(name.substring(prefix.length()));
                    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()
                            && Files.exists(p.resolve(MARKER));
                } catch (NumberFormatException e) {
                    return false;
                }
            }).toList();
        }
        for (Path p : abandoned) {
            deleteTree(p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
