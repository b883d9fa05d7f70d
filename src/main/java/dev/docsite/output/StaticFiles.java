package dev.docsite.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Copies the static folder to the output root. Symbolic links are not followed, so nothing outside is copied. */
public final class StaticFiles {

    private StaticFiles() {
    }

    /**
     * Copies several static folders into the output root; where two hold the same file, the first folder's is kept,
     * as links resolve to it.
     */
    public static void copyAll(java.util.List<Path> staticDirs, OutputSink sink) throws IOException {
        for (int i = staticDirs.size() - 1; i >= 0; i--) {
            copy(staticDirs.get(i), sink);
        }
    }

    /** @return number of files copied */
    public static int copy(Path staticDir, OutputSink sink) throws IOException {
        if (!Files.isDirectory(staticDir)) {
            return 0;
        }
        int[] count = {0};
        Files.walkFileTree(staticDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    sink.copy(file, staticDir.relativize(file).toString().replace('\\', '/'));
                    count[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return count[0];
    }
}
