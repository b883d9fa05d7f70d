package dev.docsite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies a file or a folder tree, so tests build fixture sites from a temporary copy and never write into the repository. */
public final class TreeCopy {

    private TreeCopy() {
    }

    /** Copies {@code from} (a file or a folder, recursively) to {@code to}; an absent {@code from} copies nothing. */
    public static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.sorted().toList();
        }
        for (Path p : paths) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
