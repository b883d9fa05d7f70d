package dev.docsite.site;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Digests of source files that are read again only when their size or modification time changed since the previous
 * build: the build cache keeps, per file, its size, time (nanoseconds) and SHA-256. A file whose time was less than
 * {@link #RACY_NANOS} before the cache was written is not vouched for by its stamp (a write in the same clock tick
 * as the build's read would keep size and time), so it is read again next time, as git does with "racy" entries.
 * Thread-safe.
 */
final class FileStamps {

    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Stamp(long size, long modified, String sha) {
    }

    private final Map<String, Stamp> previous;
    private final Map<String, Stamp> seen = new ConcurrentHashMap<>();

    private FileStamps(Map<String, Stamp> previous) {
        this.previous = previous;
    }

    /** No previous stamps: every file is read. */
    static FileStamps empty() {
        return new FileStamps(Map.of());
    }

    /** The SHA-256 of {@code file}'s bytes, read only when its size or time differ from the previous build's. */
    String digest(Path file) throws IOException {
        String key = file.toString();
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Stamp before = previous.get(key);
        if (before != null && before.size() == attrs.size() && before.modified() == modified) {
            seen.put(key, before);
            return before.sha();
        }
        String sha = HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        seen.put(key, new Stamp(attrs.size(), modified, sha));
        return sha;
    }

    /** Writes the stamps of the files digested in this build; {@code now}: the time of writing, in nanoseconds. */
    void write(DataOutput out, long now) throws IOException {
        Map<String, Stamp> sorted = new TreeMap<>(seen);
        sorted.values().removeIf(s -> s.modified() > now - RACY_NANOS);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Stamp> e : sorted.entrySet()) {
            OutlineCodec.writeString(out, e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modified());
            OutlineCodec.writeString(out, e.getValue().sha());
        }
    }

    static FileStamps read(DataInput in) throws IOException {
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            stamps.put(OutlineCodec.readString(in), new Stamp(in.readLong(), in.readLong(), OutlineCodec.readString(in)));
        }
        return new FileStamps(stamps);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
