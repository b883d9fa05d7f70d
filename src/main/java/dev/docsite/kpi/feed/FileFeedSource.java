package dev.docsite.kpi.feed;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A feed stored as a JSON file, read with a size cap so a runaway file cannot exhaust memory. */
public final class FileFeedSource implements FeedSource {

    private final Path file;
    private final String origin;
    private final long maxBytes;

    /**
     * @param file     absolute path of the feed file
     * @param origin   the path as shown to users (relative to the site root)
     * @param maxBytes largest accepted size
     */
    public FileFeedSource(Path file, String origin, long maxBytes) {
        this.file = file;
        this.origin = origin;
        this.maxBytes = maxBytes;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public byte[] fetch() throws FeedException {
        if (Files.isDirectory(file)) {
            throw new FeedException("KPI feed " + origin + " is a directory; kpi.feed must name a JSON file");
        }
        // Read one byte past the cap instead of trusting Files.size(): the file may be replaced while we read.
        int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] body = in.readNBytes(limit);
            if (body.length > maxBytes) {
                throw new FeedException("KPI feed " + origin + " is larger than the limit of "
                        + LimitText.bytes(maxBytes) + " (kpi.max_bytes)");
            }
            return body;
        } catch (NoSuchFileException e) {
            throw new FeedException("KPI feed file not found: " + origin + " (check kpi.feed in site.yml)");
        } catch (IOException e) {
            throw new FeedException("cannot read KPI feed " + origin + ": " + IoReason.of(e));
        }
    }
}
