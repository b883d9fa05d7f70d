package dev.docsite.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the folders {@link OutputLeftovers#tidy} found (discarded previous outputs, staging folders of dead builds)
 * on a daemon thread while the build runs, so that a build into an existing output folder costs what a build into an
 * empty one costs. The build calls {@link #finish()} at its end; a kill before that leaves the rest to the next build.
 */
public final class OutputCleanup {

    /** Nothing to delete. */
    public static final OutputCleanup NONE = new OutputCleanup(null, List.of());

    private final Thread worker;
    private final List<String> failures;

    private OutputCleanup(Thread worker, List<String> failures) {
        this.worker = worker;
        this.failures = failures;
    }

    static OutputCleanup start(List<Path> folders, List<String> failures) {
        List<String> shared = java.util.Collections.synchronizedList(new ArrayList<>(failures));
        if (folders.isEmpty()) {
            return new OutputCleanup(null, shared);
        }
        Thread worker = new Thread(() -> {
            for (Path folder : folders) {
                try {
                    deleteTree(folder);
                } catch (IOException e) {
                    shared.add(describe("could not remove " + folder.getFileName() + ", a previous output beside the"
                            + " output folder; delete it by hand", folder, e));
                }
            }
        }, "docsite-output-cleanup");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
        return new OutputCleanup(worker, shared);
    }

    /** Waits for the deletion to end and returns what could not be done, one sentence each. */
    public List<String> finish() {
        if (worker != null) {
            boolean interrupted = false;
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** {@code what (reason: path)}, with the reason in words rather than as an exception's class. */
    static String describe(String what, Path folder, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof DirectoryNotEmptyException ? "not empty"
                : e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
        String file = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null ? fse.getFile()
                : folder.toString();
        String detail = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : reason;
        return what + " (" + detail + ": " + file + ")";
    }

    /**
     * Deletes a tree of docsite's, its marker last in each folder, so that a deletion cut short leaves a folder the
     * next build still recognises as docsite's. A file that another build deleted first is not an error.
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().equals(StagedDirectory.MARKER) || !file.getParent().equals(dir)) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                if (d.equals(dir)) {
                    Files.deleteIfExists(d.resolve(StagedDirectory.MARKER));
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
