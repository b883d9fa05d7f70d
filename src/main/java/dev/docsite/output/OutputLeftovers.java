package dev.docsite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The folders a build leaves beside its output folder {@code NAME}, and how the next build deals with each, whatever
 * ended the build that left them (success, failure, kill -9, power loss):
 * <ul>
 *   <li>{@code .NAME.staging-PID}: the site being written; a dead process's is deleted;</li>
 *   <li>{@code .NAME.previous-PID}: the previous output between the two renames of a swap; when the output folder is
 *       missing the process died between them, and the previous output is put back; otherwise the swap completed
 *       and it is discarded;</li>
 *   <li>{@code .NAME.discarded-PID-N}: the previous output after a completed swap, deleted by the next build in the
 *       background ({@link OutputCleanup}), so that deleting a whole site is not part of any build's time; or one
 *       of them taken by the next build to write its site over ({@link RecycledTree}), renamed first to</li>
 *   <li>{@code .NAME.reuse-PID}: a discarded output a build has set aside to become its staging folder; a dead
 *       process's is deleted.</li>
 * </ul>
 * Only folders holding docsite's {@link StagedDirectory#MARKER} (or empty ones) are ever deleted.
 */
public final class OutputLeftovers {

    private OutputLeftovers() {
    }

    /**
     * Puts back an output folder that a build killed between the two renames of its swap left aside, and renames a
     * previous output whose swap completed to a discarded name. Only renames: fast, and safe to repeat.
     */
    public static void recover(Path out) throws IOException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        for (Path previous : siblings(out, "previous")) {
            OptionalLong pid = pidOf(previous, prefix(out, "previous"));
            // This process swaps only inside StagedDirectory.commit, so its own previous folder is a leftover too.
            if (pid.isEmpty() || pid.getAsLong() != self() && ProcessHandle.of(pid.getAsLong()).isPresent()) {
                continue;
            }
            if (!Files.exists(out)) {
                StagedDirectory.move(previous, out);
            } else if (Files.exists(previous.resolve(StagedDirectory.MARKER))) {
                StagedDirectory.move(previous, discardedName(out));
            }
        }
    }

    /**
     * Recovers as {@link #recover} does, then starts deleting, on a background thread, the discarded outputs and
     * the staging folders of dead builds. Never throws: what cannot be done is reported by
     * {@link OutputCleanup#finish()}.
     */
    public static OutputCleanup tidy(Path out) {
        return tidy(out, false);
    }

    /**
     * As {@link #tidy(Path)}, and with {@code reuse} one discarded output is not deleted but renamed to
     * {@link #reuseName}, where {@link StagedDirectory#open} takes it as its staging folder and writes the new site
     * over it ({@link RecycledTree}): no old tree is deleted while the new one is made.
     */
    public static OutputCleanup tidy(Path out, boolean reuse) {
        Path abs = out.toAbsolutePath().normalize();
        List<String> failures = new ArrayList<>();
        List<Path> garbage = new ArrayList<>();
        try {
            recover(abs);
            if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
                garbage.addAll(dead(abs, "staging"));
                garbage.addAll(dead(abs, "reuse"));
                List<Path> discarded = new ArrayList<>();
                for (Path p : siblings(abs, "discarded")) {
                    if (isOurs(p)) {
                        discarded.add(p);
                    }
                }
                Path aside = reuseName(abs);
                if (reuse && !discarded.isEmpty() && !Files.exists(aside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    StagedDirectory.move(discarded.remove(discarded.size() - 1), aside);
                }
                garbage.addAll(discarded);
            }
        } catch (IOException e) {
            failures.add(OutputCleanup.describe("could not tidy the folders beside the output folder", abs, e));
        }
        return OutputCleanup.start(garbage, failures);
    }

    /** A new, unused name for a previous output that is to be deleted. */
    static Path discardedName(Path out) {
        String base = prefix(out, "discarded") + self() + "-";
        for (int n = 1; ; n++) {
            Path candidate = out.resolveSibling(base + n);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    static String prefix(Path out, String kind) {
        return "." + out.getFileName() + "." + kind + "-";
    }

    /** Where this process sets aside the discarded output it writes its site over. */
    static Path reuseName(Path out) {
        return out.resolveSibling(prefix(out, "reuse") + self());
    }

    /** The staging or reuse folders of docsite's ({@code kind}) whose process has ended. */
    private static List<Path> dead(Path out, String kind) throws IOException {
        List<Path> dead = new ArrayList<>();
        for (Path p : siblings(out, kind)) {
            OptionalLong pid = pidOf(p, prefix(out, kind));
            if (pid.isPresent() && !isAlive(pid.getAsLong()) && isOurs(p)) {
                dead.add(p);
            }
        }
        return dead;
    }

    /** docsite's marker is deleted last, so a folder without it is either not docsite's or already empty. */
    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(StagedDirectory.MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<Path> siblings(Path out, String kind) throws IOException {
        String prefix = prefix(out, kind);
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /** The process id in a staging or previous folder's name ({@code .NAME.staging-PID}), if it is one. */
    private static OptionalLong pidOf(Path p, String prefix) {
        try {
            return OptionalLong.of(Long.parseLong(p.getFileName().toString().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isAlive(long pid) {
        return pid == self() || ProcessHandle.of(pid).isPresent();
    }

    private static long self() {
        return ProcessHandle.current().pid();
    }
}
