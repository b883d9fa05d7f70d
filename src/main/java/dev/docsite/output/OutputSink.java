package dev.docsite.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a build writes the site: a staged folder swapped in at the end ({@link StagedDirectory}), nothing at all
 * for {@code check} ({@link DiscardingSink}), or memory for the preview server. Writes may come from many threads.
 * Paths are site-relative with {@code /} separators; implementations refuse paths that leave the site.
 */
public interface OutputSink {

    void write(String sitePath, byte[] bytes) throws IOException;

    default void write(String sitePath, String text) throws IOException {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the concatenation of {@code parts} (from each buffer's position to its limit). Sinks that write files
     * gather the parts in one call, so a large body (the search index of a big site) or a sidebar shared by many
     * pages is not copied into one more array.
     */
    default void write(String sitePath, ByteBuffer... parts) throws IOException {
        write(sitePath, join(parts));
    }

    /** The concatenation of {@code parts} (from each buffer's position to its limit); the buffers are not moved. */
    static byte[] join(ByteBuffer... parts) {
        int size = 0;
        for (ByteBuffer part : parts) {
            size += part.remaining();
        }
        byte[] all = new byte[size];
        int at = 0;
        for (ByteBuffer part : parts) {
            int n = part.remaining();
            part.duplicate().get(all, at, n);
            at += n;
        }
        return all;
    }

    /** Copies a file from disk to {@code sitePath}. */
    void copy(Path source, String sitePath) throws IOException;

    /**
     * Puts a file of the previous output, unchanged, at {@code sitePath}: sinks on disk make a hard link (no bytes
     * written) where the file system allows one, and copy it otherwise.
     */
    default void link(Path previousOutputFile, String sitePath) throws IOException {
        copy(previousOutputFile, sitePath);
    }

    /** Makes everything written visible at once. */
    void commit() throws IOException;

    /** Discards everything written; the previous output stays as it was. */
    void abort();

    /** Checks a site-relative path and returns it normalized, or throws when it would leave the output. */
    static String checked(String sitePath) throws IOException {
        String p = sitePath.replace('\\', '/');
        if (p.startsWith("/") || p.contains("\0") || hasDriveLetter(p)) {
            throw new IOException("refusing to write outside the output folder: " + sitePath);
        }
        for (String seg : p.split("/")) {
            if (seg.equals("..")) {
                throw new IOException("refusing to write outside the output folder: " + sitePath);
            }
        }
        return p;
    }

    private static boolean hasDriveLetter(String p) {
        return p.length() >= 2 && p.charAt(1) == ':'
                && (p.charAt(0) >= 'A' && p.charAt(0) <= 'Z' || p.charAt(0) >= 'a' && p.charAt(0) <= 'z');
    }
}
