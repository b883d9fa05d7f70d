package dev.docsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** File contents keyed by path, size and modification time, so a rebuild re-reads only files that changed. */
final class FileBytes {

    private record Cached(long size, FileTime modified, byte[] bytes) {
    }

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    byte[] read(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        Cached c = cache.get(file);
        if (c != null && c.size() == attrs.size() && c.modified().equals(attrs.lastModifiedTime())) {
            return c.bytes();
        }
        byte[] bytes = Files.readAllBytes(file);
        cache.put(file, new Cached(attrs.size(), attrs.lastModifiedTime(), bytes));
        return bytes;
    }

    /** Forgets files not in {@code keep}, so deleted files do not stay in memory. */
    void retainOnly(java.util.Set<Path> keep) {
        cache.keySet().retainAll(keep);
    }
}
