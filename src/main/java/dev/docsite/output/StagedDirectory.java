package dev.docsite.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the site into a staging folder beside the output folder and swaps it in only on {@link #commit()}, so a
 * failed or killed build leaves the previous site untouched (what a kill leaves beside the output is put right by the
 * next build: {@link OutputLeftovers}). A marker file tells docsite's own output folders from
 * folders a user made, which are never replaced.
 */
public final class StagedDirectory implements OutputSink {

    /** Present in every output folder docsite writes. */
    public static final String MARKER = ".docsite-output";

    private final Path out;
    private final Path staging;
    private final Path previous;
    /**
     * Folders of the staging tree made so far. {@link Files#createDirectories} per file cost a failing mkdir, a stat
     * and an exception for every page of a folder that exists already.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Whether the staging folder is a previous output written over ({@link RecycledTree}). */
    private boolean recycled;
    /** The files written, when {@link #recycled}: the others are old and removed before the swap. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();

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
        OutputLeftovers.recover(abs);
        if (Files.exists(abs) && !isReplaceable(abs)) {
            throw new IOException("refusing to replace " + abs + ": it is not empty and was not written by docsite"
                    + " (no " + MARKER + " file); choose another output folder with --out or 'out:' in site.yml");
        }
        StagedDirectory dir = new StagedDirectory(abs);
        Files.createDirectories(abs.getParent());
        OutputCleanup.deleteTree(dir.staging);
        dir.recycled = dir.reuse(OutputLeftovers.reuseName(abs));
        if (!dir.recycled) {
            Files.createDirectories(dir.staging);
        }
        dir.write(MARKER, "Written by docsite; replaced on every build.\n".getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    /**
     * Takes the discarded output {@link OutputLeftovers#tidy(Path, boolean)} set aside as the staging folder, when
     * there is one and it can be claimed; else it is left to be deleted as any discarded output.
     */
    private boolean reuse(Path aside) {
        if (!Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            RecycledTree.claim(aside);
            move(aside, staging);
            return true;
        } catch (IOException | UnsupportedOperationException e) { // no "unix" attribute view: not reused
            try {
                move(aside, OutputLeftovers.discardedName(out));
            } catch (IOException again) {
                // Left as .NAME.reuse-PID: the next build deletes it once this process has ended.
            }
            return false;
        }
    }

    @Override
    public void write(String sitePath, byte[] bytes) throws IOException {
        write(sitePath, ByteBuffer.wrap(bytes)); // one write call; Files.write writes 8 KB at a time
    }

    @Override
    public void write(String sitePath, ByteBuffer... parts) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        folderOf(target);
        ByteBuffer[] views = new ByteBuffer[parts.length];
        long left = 0;
        for (int i = 0; i < parts.length; i++) {
            views[i] = parts[i].duplicate(); // the caller's buffers (a shared sidebar) keep their positions
            left += views[i].remaining();
        }
        if (!recycled) {
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (left > 0) {
                    left -= out.write(views);
                }
            }
            return;
        }
        written.add(target);
        FileChannel channel;
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            clearFolderAt(target);
            channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        // Over the old file's blocks, cut to the new length: no inode or block freed and made again.
        try (FileChannel out = channel) {
            long size = left;
            while (left > 0) {
                left -= out.write(views);
            }
            out.truncate(size);
        }
    }

    /** In a recycled tree, deletes the file standing where {@code folder} or a folder above it must be. */
    private void clearFileOnPath(Path folder) throws IOException {
        Path p = staging;
        for (Path name : staging.relativize(folder)) {
            p = p.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
                return;
            }
        }
    }

    /** In a recycled tree, a folder of the previous output where this build writes a file is deleted first. */
    private void clearFolderAt(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            OutputCleanup.deleteTree(target);
        }
    }

    @Override
    public void copy(Path source, String sitePath) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        folderOf(target);
        if (recycled) {
            written.add(target);
            clearFolderAt(target);
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void link(Path previousOutputFile, String sitePath) throws IOException {
        Path target = staging.resolve(OutputSink.checked(sitePath));
        folderOf(target);
        if (recycled) {
            written.add(target);
            clearFolderAt(target);
            Files.deleteIfExists(target);
        }
        try {
            Files.createLink(target, previousOutputFile);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(previousOutputFile, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private void folderOf(Path target) throws IOException {
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (FileSystemException e) {
                if (!recycled) {
                    throw e;
                }
                clearFileOnPath(folder); // a file of the previous output where this build needs a folder
                Files.createDirectories(folder);
            }
            folders.add(folder);
        }
    }

    /**
     * Swaps the staged site in with two renames: the output aside to {@code .NAME.previous-PID}, the staging folder
     * to the output. The previous output is then renamed to a discarded name and left for the next build to delete in
     * the background ({@link OutputLeftovers}): deleting a whole site here would be part of every build's time. Once
     * the second rename succeeded the new site is in place, so nothing after it can fail the commit.
     *
     * @throws IOException when the site could not be swapped in; the message says where the previous output is
     */
    @Override
    public void commit() throws IOException {
        if (recycled) {
            RecycledTree.removeUnwritten(staging, written, folders);
        }
        boolean hadPrevious = Files.exists(out);
        if (hadPrevious) {
            if (Files.exists(previous)) {
                move(previous, OutputLeftovers.discardedName(out)); // a leftover of an earlier commit of this process
            }
            move(out, previous);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (hadPrevious) {
                try {
                    move(previous, out);
                } catch (IOException restore) {
                    throw new IOException(e.getMessage() + "; the previous output is in " + previous
                            + ", and the next build puts it back", e);
                }
            }
            throw e;
        }
        if (hadPrevious) {
            try {
                move(previous, OutputLeftovers.discardedName(out));
            } catch (IOException e) {
                // Left as .previous-PID beside a complete output: the next build discards it all the same.
            }
        }
    }

    @Override
    public void abort() {
        try {
            OutputCleanup.deleteTree(staging);
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

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
