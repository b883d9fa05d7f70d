package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.search.SearchTermsCache;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build cache, the file {@code .NAME.cache} beside the output folder {@code NAME}: what a build keeps for the
 * next one. For every source file it digested, its size, time and SHA-256 ({@link FileStamps}); for every page, the
 * parse of its body (outline and notices, {@link OutlineCodec}) under the body's SHA-256; for every page of the
 * output, the digest of what it was rendered from and the size and time of the file written ({@link RenderCache});
 * the terms of every search document ({@link SearchTermsCache}).
 *
 * <p>Outlines are reused only by the same docsite build with the same configuration; pages whose parse depends on
 * other files ({@code import}/{@code export} lines, partials) or on other pages ({@code <DocCardList}) are always
 * parsed and rendered. A file that is not a cache of this format, or cannot be read to its end, is ignored with a
 * warning: the build then parses and renders every page.
 */
final class BuildCache {

    private static final String MAGIC = "docsite-build-cache 2";

    private final Path file;
    private final String producer;
    private final FileStamps stamps;
    private final Map<String, Blob> outlines;
    private final Map<String, RenderCache.Entry> rendered;
    private final SearchTermsCache searchTerms;
    private final Map<String, Blob> nextOutlines = new ConcurrentHashMap<>();
    private final Set<String> unstable = ConcurrentHashMap.newKeySet();
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    /** A page body's SHA-256 and its parse as {@link OutlineCodec} wrote it. */
    private record Blob(String sha, byte[] bytes) {
    }

    private BuildCache(Path file, String producer, FileStamps stamps, Map<String, Blob> outlines,
                       Map<String, RenderCache.Entry> rendered, SearchTermsCache searchTerms) {
        this.file = file;
        this.producer = producer;
        this.stamps = stamps;
        this.outlines = outlines;
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
        BuildCache none = new BuildCache(file, producer, FileStamps.empty(), Map.of(), Map.of(),
                SearchTermsCache.empty());
        if (!Files.exists(file)) {
            return none;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
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
            Map<String, Blob> outlines = new ConcurrentHashMap<>();
            for (int i = OutlineCodec.count(in); i > 0; i--) {
                String path = OutlineCodec.readString(in);
                String sha = OutlineCodec.readString(in);
                byte[] bytes = new byte[OutlineCodec.count(in)];
                in.readFully(bytes);
                outlines.put(path, new Blob(sha, bytes));
            }
            Map<String, RenderCache.Entry> rendered = RenderCache.readEntries(in);
            SearchTermsCache searchTerms = SearchTermsCache.read(in);
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new BuildCache(file, producer, stamps, outlines, rendered, searchTerms);
        } catch (IOException | RuntimeException e) {
            warnings.add("ignored the build cache " + file.getFileName() + ": it cannot be read ("
                    + (e instanceof EOFException ? "cut short" : e.getClass().getSimpleName())
                    + "); every page is rendered");
            return none;
        }
    }

    /**
     * The Markdown stage through the cache: the previous parse of a page whose body is unchanged (without its body
     * template, so the page is parsed again only if it is rendered), else {@code parser}'s, kept for the next build.
     */
    PageLoader.BodyParser parser(PageLoader.BodyParser parser) {
        return (source, frontMatter, body) -> {
            if (source == null) {
                return parser.parse(null, frontMatter, body);
            }
            String key = source.path().toAbsolutePath().normalize().toString();
            // The cache is keyed by the body alone, so a body whose expressions read the frontmatter is parsed again.
            boolean dependent = body.contains("import ") || body.contains("export ") || body.contains("<DocCardList")
                    || body.contains("frontMatter");
            if (dependent) {
                unstable.add(key);
                return parser.parse(source, frontMatter, body);
            }
            String sha = HexFormat.of().formatHex(FileStamps.sha256().digest(body.getBytes(StandardCharsets.UTF_8)));
            Blob before = outlines.get(key);
            if (before != null && before.sha().equals(sha)) {
                try {
                    ParsedPage cached = OutlineCodec.read(new DataInputStream(new ByteArrayInputStream(before.bytes())));
                    nextOutlines.put(key, before);
                    parsed.add(key);
                    return cached;
                } catch (IOException | RuntimeException e) {
                    // A damaged entry is parsed again below.
                }
            }
            ParsedPage fresh = parser.parse(source, frontMatter, body);
            if (!fresh.outline().partials().isEmpty()) {
                unstable.add(key);
                return fresh;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
                OutlineCodec.write(new DataOutputStream(bytes), fresh);
                nextOutlines.put(key, new Blob(sha, bytes.toByteArray()));
                parsed.add(key);
            } catch (IOException e) {
                unstable.add(key);
            }
            return fresh;
        };
    }

    /**
     * Whether the page of {@code source} went through {@link #parser} and its output depends only on its own
     * file, the site's shared inputs and the pages it links to (see {@link RenderCache}).
     */
    boolean renderable(Path source) {
        String key = source.toAbsolutePath().normalize().toString();
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
            DataOutputStream out = new DataOutputStream(raw);
            out.write(MAGIC.getBytes(StandardCharsets.UTF_8));
            OutlineCodec.writeString(out, producer);
            java.time.Instant now = java.time.Instant.now();
            stamps.write(out, now.getEpochSecond() * 1_000_000_000L + now.getNano());
            Map<String, Blob> sorted = new TreeMap<>(nextOutlines);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Blob> e : sorted.entrySet()) {
                OutlineCodec.writeString(out, e.getKey());
                OutlineCodec.writeString(out, e.getValue().sha());
                out.writeInt(e.getValue().bytes().length);
                out.write(e.getValue().bytes());
            }
            render.writeEntries(out);
            searchTerms.write(out);
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
