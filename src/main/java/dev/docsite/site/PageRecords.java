package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.content.PageBody;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.content.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content stage through the build cache: each page file's loaded data ({@link PageRecordCodec}) kept under the
 * SHA-256 of the file it was loaded from, and taken instead of reading the file while {@link FileStamps} vouches for
 * the file (same size, modification and change time). A file not vouched for is read and loaded as in a clean build,
 * and its record made for the next build. Not kept: blog posts (the blog reads its posts' files itself) and pages whose
 * load depends on other files or pages ({@link BuildCache#parser}: imports, exports, partials, {@code <DocCardList}).
 * Thread-safe.
 */
final class PageRecords {

    /**
     * A page file's SHA-256, its loaded data as {@link PageRecordCodec} wrote it, and the page's digests as other
     * pages' outputs see it ({@link SiteFingerprint#pageKey}, {@link SiteFingerprint#targetKey}; empty for no page),
     * which depend on nothing but the record.
     */
    private record Entry(String sha, byte[] bytes, String pageKey, String targetKey) {
    }

    /** The digests of a page loaded in this build, for that page object only. */
    private record Keys(Page page, String pageKey, String targetKey) {
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Map<Path, Keys> keys = new ConcurrentHashMap<>();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();

    private PageRecords(Map<String, Entry> previous) {
        this.previous = previous;
    }

    static PageRecords empty() {
        return new PageRecords(Map.of());
    }

    /**
     * Loads {@code file}: from its record when the cache vouches for it, else with {@code loader}, recording the
     * result when {@code cache} says the load depends on the file alone.
     */
    PageLoader.Loaded load(SourceFile file, PageLoader loader, BuildCache cache) {
        Path path = file.path();
        if (file.root().kind() == ContentRoot.Kind.BLOG) {
            return loader.load(file);
        }
        FileStamps.Stat stat;
        try {
            stat = FileStamps.stat(path);
        } catch (IOException e) {
            return loader.load(file); // which reports why the file cannot be read
        }
        String key = path.toString();
        String sha = cache.stamps().known(path, stat);
        PageLoader.Loaded loaded = sha == null ? null : fromRecord(file, sha, cache);
        if (loaded != null) {
            taken.incrementAndGet();
            return loaded;
        }
        String text;
        try {
            text = new SourceReader().read(path);
        } catch (SourceReader.UnreadableSourceException e) {
            return loader.load(file);
        }
        read.incrementAndGet();
        sha = PageBody.sha256Of(text);
        cache.stamps().read(path, stat, sha);
        // A file with a new time but the same text (a fresh checkout, a touch) is not parsed again.
        loaded = fromRecord(file, sha, cache);
        if (loaded != null) {
            return loaded;
        }
        loaded = loader.fromText(file, text);
        if (cache.dependsOnItsFileAlone(path, loaded.page() != null)) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
                PageRecordCodec.write(new DataOutputStream(bytes), loaded);
                Page page = loaded.page();
                next.put(key, new Entry(sha, bytes.toByteArray(), page == null ? "" : SiteFingerprint.pageKey(page),
                        page == null ? "" : SiteFingerprint.targetKey(page)));
            } catch (IOException e) {
                // Uncacheable frontmatter: the page is read again next time.
            }
        }
        return loaded;
    }

    /** {@code file}'s loaded data from the previous build's record, if that was made from bytes of SHA-256 {@code sha}. */
    private PageLoader.Loaded fromRecord(SourceFile file, String sha, BuildCache cache) {
        Path path = file.path();
        Entry before = previous.get(path.toString());
        if (before == null || !before.sha().equals(sha)) {
            return null;
        }
        try {
            PageLoader.Loaded loaded = PageRecordCodec.read(
                    new DataInputStream(new ByteArrayInputStream(before.bytes())), file, new PageBody.Reread(path, sha));
            next.put(path.toString(), before);
            if (loaded.page() != null) {
                keys.put(path, new Keys(loaded.page(), before.pageKey(), before.targetKey()));
            }
            cache.loadedFromRecord(path);
            return loaded;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged record: the file is loaded as in a clean build
        }
    }

    /** {@link SiteFingerprint#pageKey} of {@code page}, from its record when it has one. */
    String pageKey(Page page) {
        Keys k = keys.get(page.source().path());
        return k != null && k.page() == page ? k.pageKey() : SiteFingerprint.pageKey(page);
    }

    /** {@link SiteFingerprint#targetKey} of {@code page}, from its record when it has one. */
    String targetKey(Page page) {
        Keys k = keys.get(page.source().path());
        return k != null && k.page() == page ? k.targetKey() : SiteFingerprint.targetKey(page);
    }

    /** How many page files this build took from their records, and how many it read. */
    int[] counts() {
        return new int[] {taken.get(), read.get()};
    }

    /** Writes the records of the pages whose stamps {@code stamps} keeps for the next build (see {@link FileStamps}). */
    void write(DataOutput out, FileStamps stamps, long now) throws IOException {
        Map<String, Entry> sorted = new TreeMap<>(next);
        sorted.keySet().removeIf(key -> !stamps.keeps(Path.of(key), now));
        out.writeInt(sorted.size());
        for (Map.Entry<String, Entry> e : sorted.entrySet()) {
            OutlineCodec.writeString(out, e.getKey());
            OutlineCodec.writeString(out, e.getValue().sha());
            out.writeInt(e.getValue().bytes().length);
            out.write(e.getValue().bytes());
            OutlineCodec.writeString(out, e.getValue().pageKey());
            OutlineCodec.writeString(out, e.getValue().targetKey());
        }
    }

    static PageRecords read(DataInput in) throws IOException {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        for (int i = OutlineCodec.count(in); i > 0; i--) {
            String key = OutlineCodec.readString(in);
            String sha = OutlineCodec.readString(in);
            byte[] bytes = new byte[OutlineCodec.count(in)];
            in.readFully(bytes);
            entries.put(key, new Entry(sha, bytes, OutlineCodec.readString(in), OutlineCodec.readString(in)));
        }
        return new PageRecords(entries);
    }
}
