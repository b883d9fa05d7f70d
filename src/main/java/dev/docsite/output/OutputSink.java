package dev.docsite.output;

import java.io.IOException;
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
     * Writes {@code body} between {@code prefix} and {@code suffix}. Sinks that write files stream the three parts, so a
     * large body (the search index of a big site) is not copied into one more array.
     */
    default void write(String sitePath, byte[] prefix, byte[] body, byte[] suffix) throws IOException {
        byte[] all = new byte[prefix.length + body.length + suffix.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        System.arraycopy(suffix, 0, all, prefix.length + body.length, suffix.length);
        write(sitePath, all);
    }

    /** Copies a file from disk to {@code sitePath}. */
    void copy(Path source, String sitePath) throws IOException;

    /** Makes everything written visible at once. */
    void commit() throws IOException;

    /** Discards everything written; the previous output stays as it was. */
    void abort();

    /** Checks a site-relative path and returns it normalized, or throws when it would leave the output. */
    static String checked(String sitePath) throws IOException {
        String p = sitePath.replace('\\', '/');
        if (p.startsWith("/") || p.contains("\0") || p.matches("^[A-Za-z]:.*")) {
            throw new IOException("refusing to write outside the output folder: " + sitePath);
        }
        for (String seg : p.split("/")) {
            if (seg.equals("..")) {
                throw new IOException("refusing to write outside the output folder: " + sitePath);
            }
        }
        return p;
    }
}
