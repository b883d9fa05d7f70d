package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.search.SearchTermsCache;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The build cache, the file {@code .NAME.cache} beside the output folder {@code NAME}: what a build keeps for the
 * next one. For every source file it digested, its stamp and SHA-256 ({@link FileStamps}); for every page file, what
 * loading it gave ({@link PageRecords}: frontmatter, identity, outline, problems) under the file's SHA-256; for every
 * page of the output, the digest of what it was rendered from and the size and time of the file written ({@link
 * RenderCache}); the terms of every search document ({@link SearchTermsCache}). The file ends with a CRC-32C of all
 * it holds.
 *
 * <p>Records are reused only by the same docsite build with the same configuration; pages whose parse depends on
 * other files ({@code import}/{@code export} lines, partials) or on other pages ({@code <DocCardList}) are always
 * read, parsed and rendered. A file that is not a cache of this format, or cannot be read to its end with the right
 * checksum, is ignored with a warning: the build then reads, parses and renders every page.
 */
final class BuildCache {

    private static final String MAGIC = "docsite-build-cache 3";

    private final Path file;
    private final String producer;
    private final FileStamps stamps;
    private final PageRecords pages;
    private final Map<String, RenderCache.Entry> rendered;
    private final SearchTermsCache searchTerms;
    private final Set<String> unstable = ConcurrentHashMap.newKeySet();
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    private BuildCache(Path file, String producer, FileStamps stamps, PageRecords pages,
                       Map<String, RenderCache.Entry> rendered, SearchTermsCache searchTerms) {
        this.file = file;
        this.producer = producer;
        this.stamps = stamps;
        this.pages = pages;
        this.rendered = rendered;
        this.searchTerms = searchTerms;
    }

    /** The cache file of an output folder. */
    static Path fileOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".cache");
    }

    /**
     * Reads the previous build's cache of {@code config}'s output. {@code warnings} gets a sentence when a cache
     * exists but cannot be used; a cache of another docsite build or configuration is silently left unused.
     */
    static BuildCache open(SiteConfig config, List<String> warnings) {
        Path file = fileOf(config.outDir());
        String producer = SiteFingerprint.docsiteBuild() + "\n" + config;
        BuildCache none = new BuildCache(file, producer, FileStamps.empty(), PageRecords.empty(), Map.of(),
                SearchTermsCache.empty());
        if (!Files.exists(file)) {
            return none;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(raw, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
            byte[] head = in.readNBytes(magic.length);
            if (!java.util.Arrays.equals(head, magic)) {
                warnings.add("ignored the build cache " + file.getFileName() + ": it is not a build cache of"
                        + " this docsite; every page is rendered");
                return none;
            }
            if (!OutlineCodec.readString(in).equals(producer)) {
                return none;
            }
            FileStamps stamps = FileStamps.read(in);
            PageRecords pages = PageRecords.read(in);
            Map<String, RenderCache.Entry> rendered = RenderCache.readEntries(in);
            SearchTermsCache searchTerms = SearchTermsCache.read(in);
            long sum = checked.getChecksum().getValue();
            if (new DataInputStream(raw).readLong() != sum) {
                throw new IOException("checksum");
            }
            if (raw.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new BuildCache(file, producer, stamps, pages, rendered, searchTerms);
        } catch (IOException | RuntimeException e) {
            warnings.add("ignored the build cache " + file.getFileName() + ": it cannot be read ("
                    + (e instanceof EOFException ? "cut short" : e.getClass().getSimpleName())
                    + "); every page is rendered");
            return none;
        }
    }

    /**
     * The Markdown stage as the cache sees it: it notes which pages were parsed from their own text alone, whose
     * load {@link PageRecords} may keep, and which depend on other files or pages.
     */
    PageLoader.BodyParser parser(PageLoader.BodyParser parser) {
        return (source, frontMatter, body) -> {
            if (source == null) {
                return parser.parse(null, frontMatter, body);
            }
            String key = source.path().toString();
            boolean dependent = body.contains("import ") || body.contains("export ") || body.contains("<DocCardList");
            ParsedPage fresh = parser.parse(source, frontMatter, body);
            if (dependent || !fresh.outline().partials().isEmpty()) {
                unstable.add(key);
            } else {
                parsed.add(key);
            }
            return fresh;
        };
    }

    /** The content stage through the cache: each page file loaded with {@code loader} or taken from its record. */
    java.util.function.Function<SourceFile, PageLoader.Loaded> loading(PageLoader loader) {
        return file -> pages.load(file, loader, this);
    }

    PageRecords pages() {
        return pages;
    }

    /** Notes that the page of {@code source} was taken from its record, which only pages parsed alone have. */
    void loadedFromRecord(Path source) {
        parsed.add(source.toString());
    }

    /**
     * Whether loading {@code source} depended on its file alone: a page parsed from its own text (see {@link
     * #parser}), or no page at all (a draft, an unreadable body).
     */
    boolean dependsOnItsFileAlone(Path source, boolean page) {
        String key = source.toString();
        return !unstable.contains(key) && (!page || parsed.contains(key));
    }

    /**
     * Whether the page of {@code source} went through {@link #parser} and its output depends only on its own
     * file, the site's shared inputs and the pages it links to (see {@link RenderCache}).
     */
    boolean renderable(Path source) {
        String key = source.toString();
        return parsed.contains(key) && !unstable.contains(key);
    }

    FileStamps stamps() {
        return stamps;
    }

    Map<String, RenderCache.Entry> rendered() {
        return rendered;
    }

    /** The previous build's search terms; this build's documents are noted there for the next. */
    SearchTermsCache searchTerms() {
        return searchTerms;
    }

    /**
     * Writes the cache for the output just swapped in, under a temporary name and then moved, so a kill never
     * leaves half a cache. On failure the old cache is deleted: a stale cache must not outlive the output it
     * describes.
     */
    void save(RenderCache render) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC.getBytes(StandardCharsets.UTF_8));
            OutlineCodec.writeString(out, producer);
            java.time.Instant now = java.time.Instant.now();
            long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            stamps.write(out, nanos);
            pages.write(out, stamps, nanos);
            render.writeEntries(out);
            searchTerms.write(out);
            out.flush();
            new DataOutputStream(raw).writeLong(checked.getChecksum().getValue());
        } catch (IOException | RuntimeException e) {
            discard(file);
            return;
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(file);
        }
    }

    /** Deletes the cache of {@code out} (a build without the cache, or a failed one, may have changed the output). */
    static void discardOf(Path out) {
        discard(fileOf(out));
    }

    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp"));
        } catch (IOException e) {
            // An unreadable or undeletable cache is ignored with a warning by the next build.
        }
    }
}
