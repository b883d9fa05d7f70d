package dev.docsite.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each file of a folder last changed in git, and by whom: one {@code git log} for the whole folder (not a process
 * per page). A folder outside a git repository, or a machine without git, has no history: pages then show no date.
 */
public final class GitHistory {

    /** The last commit that changed a file. */
    public record LastUpdate(Instant at, String author) {
    }

    private GitHistory() {
    }

    /** The last change of every file under {@code dir} that git knows, by absolute normalized path. */
    public static Map<Path, LastUpdate> lastUpdates(Path dir) {
        ProcessBuilder git = new ProcessBuilder("git", "-C", dir.toString(), "log", "--relative", "--no-renames",
                "--format=%x1e%ct%x1f%an", "--name-only", "--", ".").redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<Path, LastUpdate> files = new HashMap<>();
        try {
            Process process = git.start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Map.of();
            }
            // Newest commit first: the first commit naming a file is its last change.
            for (String commit : out.split("\u001e")) {
                int sep = commit.indexOf('\u001f');
                int end = commit.indexOf('\n');
                if (sep < 0 || end < sep) {
                    continue;
                }
                LastUpdate update = new LastUpdate(Instant.ofEpochSecond(Long.parseLong(commit.substring(0, sep).strip())),
                        commit.substring(sep + 1, end).strip());
                for (String name : commit.substring(end + 1).split("\n")) {
                    if (!name.isBlank()) {
                        files.putIfAbsent(dir.resolve(name.strip()).toAbsolutePath().normalize(), update);
                    }
                }
            }
            return files;
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
