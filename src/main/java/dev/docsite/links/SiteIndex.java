package dev.docsite.links;

import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page of the site by URL, source path and doc id; built once per build and shared read-only by all threads.
 * Pages that collide with an earlier page (same URL or id) are left out and reported.
 */
public final class SiteIndex {

    private final List<Page> pages;
    private final Map<String, Page> byUrl;
    private final Map<String, Page> bySource;
    private final Map<java.nio.file.Path, Page> byFile;
    private final Map<String, Page> byDocId;
    private final Map<String, List<Page>> byShortId;
    private final List<Problem> problems;
    private final Set<String> generatedPages;

    private SiteIndex(List<Page> candidates) {
        // Sized up front: the preview server builds the index again on every edit.
        int capacity = candidates.size() * 4 / 3 + 1;
        byUrl = new HashMap<>(capacity);
        bySource = new HashMap<>(capacity);
        byFile = new HashMap<>(capacity);
        Map<String, Page> byPluginDocId = new HashMap<>(capacity);
        byDocId = new HashMap<>(capacity);
        byShortId = new HashMap<>(capacity);
        List<Page> kept = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (Page p : candidates) {
            Page sameUrl = byUrl.get(p.url());
            // Doc ids are unique within a plugin instance's version; two docs folders (or a docs folder and a blog of the
            // same plugin id) may both have an 'intro'.
            String pluginDocId = p.source().root().kind() + "\0" + p.source().root().docScope() + '\0' + p.docId();
            Page sameId = byPluginDocId.get(pluginDocId);
            if (sameUrl != null || sameId != null) {
                Page other = sameUrl != null ? sameUrl : sameId;
                String what = sameUrl != null ? "URL /" + p.url() : "doc id '" + p.docId() + "'";
                found.add(Problem.error(ProblemCode.DUPLICATE_PAGE, p.source().displayPath(), 1, 1,
                        "same " + what + " as " + other.source().displayPath()
                                + "; give one of them a different 'id' or 'slug' in its frontmatter; this page is not built")
                        .withTarget(p.url()));
                continue;
            }
            kept.add(p);
            byUrl.put(p.url(), p);
            bySource.putIfAbsent(p.source().relPath(), p);
            byFile.put(p.source().path(), p);
            byPluginDocId.put(pluginDocId, p);
            byDocId.putIfAbsent(p.docId(), p);
            byShortId.computeIfAbsent(p.shortId(), k -> new ArrayList<>()).add(p);
        }
        this.pages = Collections.unmodifiableList(kept);
        this.problems = List.copyOf(found);
        this.generatedPages = Set.of();
    }

    private SiteIndex(SiteIndex pages, Set<String> generatedPages) {
        this.pages = pages.pages;
        this.byUrl = pages.byUrl;
        this.bySource = pages.bySource;
        this.byFile = pages.byFile;
        this.byDocId = pages.byDocId;
        this.byShortId = pages.byShortId;
        this.problems = pages.problems;
        this.generatedPages = generatedPages;
    }

    /**
     * This index with the URLs of pages the site generates without a Markdown file (generated-index category
     * pages): links to them are not broken.
     *
     * @param urls site URLs as {@link Page#url()} has them ({@code docs/category/guides/})
     */
    public SiteIndex withGeneratedPages(java.util.Collection<String> urls) {
        return new SiteIndex(this, Set.copyOf(urls));
    }

    /** The URLs of generated pages, as given to {@link #withGeneratedPages}. */
    public Set<String> generatedPages() {
        return generatedPages;
    }

    /** Whether {@code url} (without leading slash, with or without trailing slash) is a generated page's. */
    public boolean isGeneratedPage(String url) {
        return !generatedPages.isEmpty() && (generatedPages.contains(url) || generatedPages.contains(url + "/"));
    }

    /** Indexes {@code pages} in the given order; the first of two colliding pages wins. */
    public static SiteIndex of(List<Page> pages) {
        return new SiteIndex(pages);
    }

    /** Pages that will be built, in source order. */
    public List<Page> pages() {
        return pages;
    }

    /** Duplicate URL / id problems found while indexing. */
    public List<Problem> problems() {
        return problems;
    }

    /** @param url site-relative URL with or without trailing slash, without leading slash */
    public Page byUrl(String url) {
        if (url.isEmpty()) {
            return byUrl.get("");
        }
        String key = url.endsWith("/") ? url : url + "/";
        return byUrl.get(key);
    }

    /** The page built from {@code file} (absolute, normalized), or {@code null}. */
    public Page byFile(java.nio.file.Path file) {
        return byFile.get(file);
    }

    /** @param relPath content-relative source path ({@code guides/a.md}); the first content root's when several hold it */
    public Page bySource(String relPath) {
        return bySource.get(relPath);
    }

    public Page byDocId(String docId) {
        return byDocId.get(docId);
    }

    /** Pages whose id without folder is {@code shortId}. */
    public List<Page> byShortId(String shortId) {
        return byShortId.getOrDefault(shortId, List.of());
    }

    /** Pages by URL, for "did you mean" and graph reports. */
    public Map<String, Page> urls() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byUrl));
    }
}
