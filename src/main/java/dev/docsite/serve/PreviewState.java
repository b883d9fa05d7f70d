package dev.docsite.serve;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.search.SearchEntry;
import dev.docsite.search.SearchIndexWriter;
import dev.docsite.site.PageRenderer;
import dev.docsite.site.SiteModel;
import dev.docsite.templates.TemplateRenderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One version of the served site: the model, the files, and the pages rendered so far. Immutable apart from its
 * caches, which only fill: pages are rendered on first request (each at most once, however many requests race for
 * it). A rebuild makes a new state that takes over the rendered pages its change did not affect.
 */
final class PreviewState {

    /**
     * A page as served.
     *
     * @param html   the document
     * @param csp    its Content-Security-Policy
     * @param search  its search index entry, or {@code null} (unlisted, or not rendered by the theme)
     * @param version digest of the document; the live script reports it when it connects, so a page served just
     *                before a rebuild is reloaded even though it missed the rebuild's event
     */
    record Rendered(byte[] html, String csp, SearchEntry search, String version) {
    }

    /** Marks the live script's URL with the page's version (the only change the server makes to a page). */
    static Rendered versioned(String html, SearchEntry search) {
        String version = digest(html);
        String marked = html.replace(LIVE_SCRIPT_REF, LIVE_SCRIPT_REF.substring(0, LIVE_SCRIPT_REF.length() - 1)
                + "?v=" + version + "\"");
        return new Rendered(marked.getBytes(StandardCharsets.UTF_8), ContentSecurityPolicy.forHtml(marked), search,
                version);
    }

    private static final String LIVE_SCRIPT_REF = PreviewSite.LIVE_SCRIPT + "\"";

    private static String digest(String html) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private final long generation;
    private final SiteModel model;
    private final PageRenderer renderer;
    private final Map<String, ServedFile> files;
    private final Map<String, List<Problem>> problemsByFile;
    private final List<Problem> globalProblems;
    private final Map<String, byte[]> lastGood;
    private final ConcurrentHashMap<String, FutureTask<Rendered>> pages = new ConcurrentHashMap<>();
    private final AtomicReference<byte[]> searchIndex = new AtomicReference<>();
    private final AtomicReference<Rendered> notFound = new AtomicReference<>();

    /**
     * @param files          every non-page file of the site by site path
     * @param globalProblems problems shown on every page (site.yml, templates)
     * @param lastGood       last successful rendering of each URL, shared by all states
     */
    PreviewState(long generation, SiteModel model, PageRenderer renderer, Map<String, ServedFile> files,
                 List<Problem> globalProblems, Map<String, byte[]> lastGood) {
        this.generation = generation;
        this.model = model;
        this.renderer = renderer;
        this.files = Map.copyOf(files);
        this.globalProblems = List.copyOf(globalProblems);
        this.lastGood = lastGood;
        Map<String, List<Problem>> byFile = new HashMap<>();
        for (Problem p : model.problems()) {
            if (p.file() != null) {
                byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
            }
        }
        this.problemsByFile = byFile;
    }

    long generation() {
        return generation;
    }

    SiteModel model() {
        return model;
    }

    SiteConfig config() {
        return model.config();
    }

    List<Problem> globalProblems() {
        return globalProblems;
    }

    Map<String, ServedFile> files() {
        return files;
    }

    /** Problems to show on {@code page}: its own, then the site-wide ones. */
    List<Problem> problemsOf(Page page) {
        List<Problem> own = problemsByFile.getOrDefault(page.source().displayPath(), List.of());
        if (globalProblems.isEmpty()) {
            return own;
        }
        List<Problem> all = new ArrayList<>(own);
        all.addAll(globalProblems);
        return all;
    }

    /** Takes over the pages of {@code previous} that are still valid, i.e. not {@code stale}. */
    void adoptFrom(PreviewState previous, java.util.function.Predicate<String> stale) {
        previous.pages.forEach((url, task) -> {
            if (!stale.test(url) && task.isDone()) {
                pages.putIfAbsent(url, task);
            }
        });
    }

    /** The rendered page at {@code url} if it was rendered in this state, without rendering it. */
    Rendered renderedIfPresent(String url) {
        FutureTask<Rendered> task = pages.get(url);
        return task != null && task.isDone() ? join(task) : null;
    }

    /** @return the page at {@code url}, rendering it on first use; {@code null} when there is no such page */
    Rendered page(String url) {
        Page page = model.index().byUrl(url);
        if (page == null || !page.url().equals(url)) {
            return null;
        }
        FutureTask<Rendered> task = pages.get(url);
        if (task == null) {
            FutureTask<Rendered> mine = new FutureTask<>(() -> render(page));
            task = pages.putIfAbsent(url, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        return join(task);
    }

    private static Rendered join(FutureTask<Rendered> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering failed: " + e.getCause(), e.getCause());
        }
    }

    private Rendered render(Page page) {
        List<Problem> problems = problemsOf(page);
        try {
            String html = renderer.render(page, problems, true).html();
            lastGood.put(page.url(), html.getBytes(StandardCharsets.UTF_8));
            SearchEntry entry = page.listed() ? SearchIndexWriter.entry(page) : null;
            return versioned(html, entry);
        } catch (RuntimeException e) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(renderProblem(page.source().displayPath(), e));
            byte[] previous = lastGood.get(page.url());
            String html = previous != null
                    ? OverlayHtml.inject(new String(previous, StandardCharsets.UTF_8), all)
                    : OverlayHtml.bare(page.root(), all);
            return versioned(html, null);
        }
    }

    static Problem renderProblem(String file, RuntimeException e) {
        if (e instanceof TemplateRenderException) {
            return Problem.error(ProblemCode.TEMPLATE, null, 0, 0, e.getMessage());
        }
        return Problem.error(ProblemCode.RENDER, file, 0, 0, "cannot render this page: " + e);
    }

    /** The 404 page, rendered once per state. */
    Rendered notFound() {
        Rendered r = notFound.get();
        if (r != null) {
            return r;
        }
        String root = model.config().baseUrl();
        String html;
        try {
            html = renderer.renderNotFound(true);
        } catch (RuntimeException e) {
            List<Problem> all = new ArrayList<>(globalProblems);
            all.add(renderProblem(null, e));
            html = OverlayHtml.bare(root, all);
        }
        r = versioned(html, null);
        notFound.compareAndSet(null, r);
        return notFound.get();
    }

    /** {@code search-index.json}: renders the pages not rendered yet (in parallel), once per state. */
    byte[] searchIndex() {
        byte[] json = searchIndex.get();
        if (json != null) {
            return json;
        }
        List<Page> listed = model.index().pages().stream().filter(Page::listed).toList();
        List<SearchEntry> entries = ParallelMap.map(listed, p -> page(p.url()).search()).stream()
                .filter(Objects::nonNull)
                .toList();
        searchIndex.compareAndSet(null, SearchIndexWriter.toJson(entries));
        return searchIndex.get();
    }
}
