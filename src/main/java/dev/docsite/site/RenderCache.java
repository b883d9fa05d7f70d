package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Incremental builds: the file {@code .NAME.cache} beside the output folder {@code NAME} records, for each page of the
 * output, the digest of what it was rendered from ({@link SiteFingerprint}) and the size and modification time of the
 * file written. A later build whose page has the same digest, and whose output file is still that file, links it
 * into the new output instead of rendering it again (a hard link where the file system allows, else a copy).
 *
 * <p>Pages that depend on other pages' text or on the clock are always rendered: pages with KPI references (widgets
 * go stale with time), with {@code <DocCardList} (it shows other docs' excerpts), with {@code import} lines (a
 * partial may be another page), and pages of content roots showing git's last update. A cache that cannot be read,
 * is of another version or describes another output is ignored with a warning; {@code --no-cache} ignores it.
 */
final class RenderCache {

    private static final String HEADER = "docsite-render-cache 1";

    private final SiteConfig config;
    private final Path out;
    private final String site;
    private final Map<String, Entry> previous;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    private record Entry(String digest, long size, long modified) {
    }

    private RenderCache(SiteConfig config, String site, Map<String, Entry> previous) {
        this.config = config;
        this.out = config.outDir().toAbsolutePath().normalize();
        this.site = site;
        this.previous = previous;
    }

    /** The cache file of an output folder. */
    static Path fileOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".cache");
    }

    /**
     * Reads the previous build's cache. {@code warnings} gets a sentence when a cache exists but cannot be used.
     *
     * @return empty when the site's fingerprint cannot be made (then nothing is cached)
     */
    static Optional<RenderCache> open(SiteConfig config, List<Page> pages, List<String> warnings) {
        String site;
        try {
            site = SiteFingerprint.of(config, pages);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        Path file = fileOf(config.outDir());
        Map<String, Entry> previous = new ConcurrentHashMap<>();
        if (Files.exists(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(0).startsWith(HEADER + " ")) {
                    warnings.add("ignored the build cache " + file.getFileName() + ": it is not a build cache of"
                            + " this docsite; every page is rendered");
                } else if (lines.get(0).equals(HEADER + " " + site)) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split("\t");
                        previous.put(f[0], new Entry(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                    }
                }
            } catch (IOException | RuntimeException e) {
                previous.clear();
                warnings.add("ignored the build cache " + file.getFileName() + ": it cannot be read ("
                        + e.getClass().getSimpleName() + "); every page is rendered");
            }
        }
        return Optional.of(new RenderCache(config, site, previous));
    }

    /**
     * The previous output's file for {@code page} at {@code path} when it was rendered from the same inputs and is
     * unchanged since, else empty. Either way the page's digest is remembered for {@link #save}.
     */
    Optional<Path> reusable(String path, Page page) throws IOException {
        if (!cacheable(page)) {
            return Optional.empty();
        }
        String digest = SiteFingerprint.ofPage(site, page.source().path(), path);
        rendered.put(path, digest);
        Entry before = previous.get(path);
        if (before == null || !before.digest().equals(digest)) {
            return Optional.empty();
        }
        Path old = out.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(old, BasicFileAttributes.class);
            boolean same = attrs.isRegularFile() && attrs.size() == before.size()
                    && attrs.lastModifiedTime().toMillis() == before.modified();
            return same ? Optional.of(old) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean cacheable(Page page) throws IOException {
        if (page.source().root().lastUpdate().any()) {
            return false;
        }
        String text = Files.readString(page.source().path(), StandardCharsets.UTF_8);
        return !text.contains("kpi") && !text.contains("<DocCardList") && !text.contains("import ");
    }

    /**
     * Writes the cache of the output just swapped in, under a temporary name and then moved, so a kill never leaves
     * half a cache. On failure the old cache is deleted: a stale cache must not outlive the output it describes.
     */
    void save() {
        Path file = fileOf(out);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            StringBuilder text = new StringBuilder(HEADER).append(' ').append(site).append('\n');
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(rendered).entrySet()) {
                BasicFileAttributes attrs = Files.readAttributes(out.resolve(e.getKey()), BasicFileAttributes.class);
                text.append(e.getKey()).append('\t').append(e.getValue()).append('\t').append(attrs.size())
                        .append('\t').append(attrs.lastModifiedTime().toMillis()).append('\n');
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            discard(out);
        }
    }

    /** Deletes the cache of {@code out} (a build without the cache, or a failed one, may have changed the output). */
    static void discard(Path out) {
        try {
            Files.deleteIfExists(fileOf(out));
        } catch (IOException e) {
            // An unreadable or undeletable cache is ignored with a warning by the next build.
        }
    }
}
