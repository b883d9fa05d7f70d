package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.links.LinkChecker;
import dev.docsite.markdown.KpiRef;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Pages taken from the previous output instead of being rendered: a page whose digest ({@link SiteFingerprint#ofPage}:
 * its own file, the site's shared inputs, the title and anchors of the pages it links to, and the freshness of the
 * KPIs it shows) is the one recorded
 * in the {@link BuildCache}, and whose output file is still the file written then (same size and time), is linked
 * into the new output (a hard link where the file system allows, else a copy).
 *
 * <p>Always rendered: pages the site generates (404, indexes, tag and blog list pages), blog posts, pages of content
 * roots showing git's last update, and pages whose parse depends on other files or pages ({@link
 * BuildCache#renderable}).
 */
final class RenderCache {

    /** What a page of the previous output was rendered from, and the file written. */
    record Entry(String digest, long size, long modified) {
    }

    private final BuildCache cache;
    private final SiteModel model;
    private final Path out;
    private final String site;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();
    /**
     * The files handed out as reusable, with the previous entry: a hard link (or a copy keeping the time) has its
     * size and time, so the next cache's entry needs no second stat of the file.
     */
    private final Map<String, Entry> reused = new ConcurrentHashMap<>();
    /** {@link SiteFingerprint#targetKey} by page file: a page is linked to from many pages. */
    private final Map<Path, String> targets = new ConcurrentHashMap<>();

    private RenderCache(BuildCache cache, SiteModel model, String site) {
        this.cache = cache;
        this.model = model;
        this.out = model.config().outDir().toAbsolutePath().normalize();
        this.site = site;
    }

    /** @return empty when the site's shared inputs cannot be digested (then every page is rendered) */
    static Optional<RenderCache> of(BuildCache cache, SiteModel model) {
        try {
            String kpi = model.kpiWidgets() == null ? "no KPI widgets" : model.kpiWidgets().renderKey();
            return Optional.of(new RenderCache(cache, model,
                    SiteFingerprint.of(model.config(), model.index().pages(), cache.stamps(), kpi,
                            cache.pages()::pageKey)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The previous output's file for {@code page} at {@code path} when it was rendered from the same inputs and is
     * unchanged since, else empty. Either way the page's digest is remembered for the next build.
     */
    Optional<Path> reusable(String path, Page page) throws IOException {
        if (!cacheable(page)) {
            return Optional.empty();
        }
        LinkChecker.PageLinks links = model.links() == null ? null : model.links().perPage().get(page);
        if (links == null) {
            return Optional.empty();
        }
        String digest = SiteFingerprint.ofPage(site + kpiFreshness(page), path, page, cache.stamps(), links,
                target -> targets.computeIfAbsent(target.source().path(), f -> cache.pages().targetKey(target)));
        rendered.put(path, digest);
        Entry before = cache.rendered().get(path);
        if (before == null || !before.digest().equals(digest)) {
            return Optional.empty();
        }
        return unchanged(path, before);
    }

    /**
     * The previous output's file at {@code path} when it was written from inputs with the same {@code digest} (a
     * generated file: its bytes' digest, or a digest of what it is made from) and is unchanged since, else empty.
     * Either way the digest is remembered for the next build.
     */
    Optional<Path> reusableFile(String path, String digest) {
        rendered.put(path, digest);
        Entry before = cache.rendered().get(path);
        return before != null && before.digest().equals(digest) ? unchanged(path, before) : Optional.empty();
    }

    /** The previous output's file of a page drawn from the site's shared inputs alone, when they are unchanged. */
    Optional<Path> reusableSiteWide(String path) {
        return reusableFile(path, "site-wide page\u0000" + site);
    }

    private Optional<Path> unchanged(String path, Entry before) {
        Path old = out.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(old, BasicFileAttributes.class);
            boolean same = attrs.isRegularFile() && attrs.size() == before.size()
                    && attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) == before.modified();
            if (!same) {
                return Optional.empty();
            }
            reused.put(path, before);
            return Optional.of(old);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The freshness of each KPI the page shows, as the preview decides which pages a KPI's change touches. */
    private String kpiFreshness(Page page) {
        if (model.kpiWidgets() == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String id : page.frontMatter().kpis()) {
            key.append('\u0000').append(id).append(' ').append(model.kpiWidgets().freshnessKey(id));
        }
        for (KpiRef ref : page.outline().kpiRefs()) {
            key.append('\u0000').append(ref.id()).append(' ').append(model.kpiWidgets().freshnessKey(ref.id()));
        }
        return key.toString();
    }

    private boolean cacheable(Page page) {
        ContentRoot root = page.source().root();
        return root.kind() != ContentRoot.Kind.BLOG && !root.lastUpdate().any()
                && cache.renderable(page.source().path());
    }

    /** Writes the digest and output file of every page that {@link #reusable} was asked about. */
    void writeEntries(DataOutput data) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, String> e : rendered.entrySet()) {
            Entry kept = reused.get(e.getKey());
            if (kept != null) {
                entries.put(e.getKey(), kept);
                continue;
            }
            BasicFileAttributes attrs = Files.readAttributes(out.resolve(e.getKey()), BasicFileAttributes.class);
            entries.put(e.getKey(), new Entry(e.getValue(), attrs.size(),
                    attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
        data.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            OutlineCodec.writeString(data, e.getKey());
            OutlineCodec.writeString(data, e.getValue().digest());
            data.writeLong(e.getValue().size());
            data.writeLong(e.getValue().modified());
        }
    }

    static Map<String, Entry> readEntries(DataInput data) throws IOException {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        for (int i = OutlineCodec.count(data); i > 0; i--) {
            entries.put(OutlineCodec.readString(data),
                    new Entry(OutlineCodec.readString(data), data.readLong(), data.readLong()));
        }
        return entries;
    }
}
