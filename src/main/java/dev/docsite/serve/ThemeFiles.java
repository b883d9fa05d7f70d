package dev.docsite.serve;

import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The theme's static files ({@code assets/...}: built-in CSS/JS, vendor libraries, the site's overrides) in memory.
 * They are produced exactly as {@code build} produces them, into a temporary folder that is read and deleted.
 */
final class ThemeFiles {

    private ThemeFiles() {
    }

    static Map<String, ServedFile> load(ThemeRenderer theme) throws IOException {
        Path tmp = Files.createTempDirectory("docsite-theme");
        try {
            theme.copyAssets(tmp);
            Map<String, ServedFile> files = new HashMap<>();
            Files.walkFileTree(tmp, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        String sitePath = tmp.relativize(file).toString().replace('\\', '/');
                        files.put(sitePath, ServedFile.of(sitePath, Files.readAllBytes(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return Map.copyOf(files);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
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
