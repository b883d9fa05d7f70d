package dev.docsite.site;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Digests of source files that are read again only when their stamp changed since the previous build: the build
 * cache keeps, per file, its size, modification time and inode change time (nanoseconds) and its SHA-256.
 *
 * <p>The change time ({@code ctime}) is there because size and modification time can be put back: {@code touch -r},
 * {@code cp -p}, {@code rsync -t} and archive tools set a file's time to another file's, so a different text of the
 * same size could keep an old stamp. No program can set the change time; any write, rename or change of the file's
 * metadata makes it the time of that change. It costs nothing (the same {@code stat}), and a fresh checkout in CI
 * gives files new modification times anyway. Where the file system gives no change time it counts as 0.
 *
 * <p>A file whose time was less than {@link #RACY_NANOS} before the cache was written is not vouched for by its stamp
 * (a write in the same clock tick as the build's read would keep size and times), so it is read again next time, as
 * git does with "racy" entries. Thread-safe.
 */
final class FileStamps {

    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A file's size, modification time and change time (nanoseconds), as one {@code stat} gives them. */
    record Stat(long size, long modified, long changed) {
    }

    private record Stamp(Stat stat, String sha) {
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

    /** The stamp of {@code file} now. */
    static Stat stat(Path file) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
            return new Stat((Long) unix.get("size"), nanos(unix.get("lastModifiedTime")), nanos(unix.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stat(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), 0);
        }
    }

    private static long nanos(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0;
    }

    /**
     * The SHA-256 of {@code file}'s bytes as the previous build digested them when its stamp is {@code now} as then
     * (the file is then kept for the next build), else {@code null}. Reads no file.
     */
    String known(Path file, Stat now) {
        String key = file.toString();
        Stamp before = previous.get(key);
        if (before != null && before.stat().equals(now)) {
            seen.put(key, before);
            return before.sha();
        }
        return null;
    }

    /**
     * Records that {@code file}, whose stamp was {@code before} when it was read, holds bytes of SHA-256 {@code sha}
     * (a page read by the content stage, which digests its text itself).
     */
    void read(Path file, Stat before, String sha) {
        seen.put(file.toString(), new Stamp(before, sha));
    }

    /**
     * The SHA-256 of {@code file}'s bytes, read only when its stamp differs from the previous build's; a file already
     * digested in this build is not looked at again.
     */
    String digest(Path file) throws IOException {
        Stamp done = seen.get(file.toString());
        if (done != null) {
            return done.sha();
        }
        Stat now = stat(file);
        String sha = known(file, now);
        if (sha != null) {
            return sha;
        }
        sha = hex(Files.readAllBytes(file));
        seen.put(file.toString(), new Stamp(now, sha));
        return sha;
    }

    /** Writes the stamps of the files digested in this build; {@code now}: the time of writing, in nanoseconds. */
    void write(DataOutput out, long now) throws IOException {
        Map<String, Stamp> sorted = new TreeMap<>(seen);
        sorted.values().removeIf(s -> !vouched(s.stat(), now));
        out.writeInt(sorted.size());
        for (Map.Entry<String, Stamp> e : sorted.entrySet()) {
            OutlineCodec.writeString(out, e.getKey());
            Stat s = e.getValue().stat();
            out.writeLong(s.size());
            out.writeLong(s.modified());
            out.writeLong(s.changed());
            OutlineCodec.writeString(out, e.getValue().sha());
        }
    }

    /** Whether a stamp taken before {@code now} (nanoseconds) may stand for the file's bytes in the next build. */
    static boolean vouched(Stat stat, long now) {
        return stat.modified() <= now - RACY_NANOS && stat.changed() <= now - RACY_NANOS;
    }

    /** Whether {@code file} was digested in this build with a stamp that {@link #write} keeps. */
    boolean keeps(Path file, long now) {
        Stamp s = seen.get(file.toString());
        return s != null && vouched(s.stat(), now);
    }

    static FileStamps read(DataInput in) throws IOException {
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            String key = OutlineCodec.readString(in);
            stamps.put(key, new Stamp(new Stat(in.readLong(), in.readLong(), in.readLong()), OutlineCodec.readString(in)));
        }
        return new FileStamps(stamps);
    }

    /** The SHA-256 of {@code bytes} in hexadecimal. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
