package dev.docsite.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The static folder, copied to the output root. Symbolic links are not followed, so nothing outside is copied. */
public final class StaticFiles {

    private StaticFiles() {
    }

    /**
     * The files of several static folders by their path in the site; where two folders hold the same path, the first
     * folder's file is kept, as links resolve to it.
     */
    public static Map<String, Path> listAll(List<Path> staticDirs) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path dir : staticDirs) {
            list(dir).forEach(files::putIfAbsent);
        }
        return files;
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
