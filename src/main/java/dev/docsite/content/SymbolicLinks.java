package dev.docsite.content;

import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Symbolic links inside a site's folders are never followed: a link's target may lie anywhere on the machine
 * ({@code static/p.txt → /etc/passwd}), and copying or serving it would publish it. Every folder walk of docsite
 * lists entries without following links (pages, {@code _category_} files, static folders, template overrides, the
 * preview's files); this class names each link skipped, once per build, as a {@code symlink} warning.
 */
public final class SymbolicLinks {

    private SymbolicLinks() {
    }

    /** The warning for one skipped link. */
    public static Problem skipped(Path link, Function<Path, String> display) {
        return Problem.warning(ProblemCode.SYMLINK, display.apply(link), 0, 0, "symbolic link not followed (its"
                + " target may lie outside the site): copy the file or folder here instead");
    }

    /** A warning for every symbolic link below {@code dir} (not below linked folders); none when it is absent. */
    public static List<Problem> below(Path dir, Function<Path, String> display) {
        List<Problem> problems = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return problems;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        problems.add(skipped(file, display));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // the walk that copies the folder reports what it cannot read
                }
            });
        } catch (IOException e) {
            return problems;
        }
        return problems;
    }
}
