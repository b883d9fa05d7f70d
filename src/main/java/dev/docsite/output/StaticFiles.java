package dev.docsite.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/** The static folder, copied to the output root. Symbolic links are not followed, so nothing outside is copied. */
public final class StaticFiles {

    private StaticFiles() {
    }

    /** @return the folder's regular files by their path in the site, in name order */
    public static Map<String, Path> list(Path staticDir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(staticDir)) {
            return files;
        }
        Files.walkFileTree(staticDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.put(staticDir.relativize(file).toString().replace('\\', '/'), file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
