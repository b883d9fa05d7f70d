package dev.docsite.serve;

import dev.docsite.problem.ProblemCode;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import dev.docsite.site.PageRenderer;
import dev.docsite.site.RenderedPage;
import dev.docsite.site.SiteAssembly;
import dev.docsite.site.SiteFile;
import dev.docsite.site.SiteModel;
import dev.docsite.templates.TemplateRenderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * One version of the served site: its {@link SiteAssembly} (the same file list {@code build} writes), the files
 * copied from disk, and the files made so far. Immutable apart from its caches, which only fill: pages are rendered
 * and generated files made on first request (each at most once, however many requests race for it). A rebuild makes
 * a new state that takes over the rendered pages its change did not affect.
 */
final class PreviewState {

    /**
     * A page as served.
     *
     * @param html    the document
     * @param csp     its Content-Security-Policy
     * @param version digest of the document; the live script reports it when it connects, so a page served just
     *                before a rebuild is reloaded even though it missed the rebuild's event
     */
    record Rendered(byte[] html, String csp, String version) {
    }

    private static final String LIVE_SCRIPT_REF = PreviewSite.LIVE_SCRIPT + "\"";

    /**
     * Marks the live script's URL with the page's version (the only change the server makes to a page).
     *
     * @param writtenHtml   the page's Markdown body, whose inline scripts run only when {@code writerScripts}
     *                      ({@link ContentSecurityPolicy}); {@code null} when not known (the last good version of a
     *                      page that failed, which holds no script a writer wrote unless the site allows raw HTML)
     */
    static Rendered versioned(String html, String writtenHtml, boolean writerScripts) {
        String version = digest(html);
        String marked = html.replace(LIVE_SCRIPT_REF, LIVE_SCRIPT_REF.substring(0, LIVE_SCRIPT_REF.length() - 1)
                + "?v=" + version + "\"");
        String csp = ContentSecurityPolicy.forHtml(marked, writtenHtml, writerScripts);
        return new Rendered(marked.getBytes(StandardCharsets.UTF_8), csp, version);
    }

    private static String digest(String html) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private final long generation;
    private final SiteAssembly site;
    private final PageRenderer renderer;
    private final Map<String, ServedFile> copied;
    private final Map<String, List<Problem>> problemsByFile;
    private final List<Problem> globalProblems;
    private final Map<String, byte[]> lastGood;
    private final ConcurrentHashMap<String, FutureTask<Rendered>> pages = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ServedFile> generated = new ConcurrentHashMap<>();

    /**
     * @param copied         the site's files copied from disk, by site path, as the in-memory sink read them
     * @param globalProblems problems shown on every page (site.yml, templates)
     * @param lastGood       last successful rendering of each page by site path, shared by all states
     */
    PreviewState(long generation, SiteAssembly site, PageRenderer renderer, Map<String, ServedFile> copied,
                 List<Problem> globalProblems, Map<String, byte[]> lastGood) {
        this.generation = generation;
        this.site = site;
        this.renderer = renderer;
        this.copied = Map.copyOf(copied);
        this.globalProblems = List.copyOf(globalProblems);
        this.lastGood = lastGood;
        Map<String, List<Problem>> byFile = new HashMap<>();
        for (Problem p : site.model().problems()) {
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
        return site.model();
    }

    SiteConfig config() {
        return site.model().config();
    }

    List<Problem> globalProblems() {
        return globalProblems;
    }

    /** The site's file at {@code path}, or {@code null}. */
    SiteFile file(String path) {
        return site.file(path);
    }

    /** The files copied from disk (static files, files pages link to, theme overrides) by site path. */
    Map<String, ServedFile> copied() {
        return copied;
    }

    /** A generated file's bytes, made on first request. */
    ServedFile generated(SiteFile.Generated file) {
        return generated.computeIfAbsent(file.path(), p -> ServedFile.of(p, file.bytes()));
    }

    /** Problems to show on {@code page}: its own, those of the partials it includes, then the site-wide ones. */
    List<Problem> problemsOf(Page page) {
        List<Problem> own = problemsByFile.getOrDefault(page.source().displayPath(), List.of());
        if (globalProblems.isEmpty() && page.outline().partials().isEmpty()) {
            return own;
        }
        List<Problem> all = new ArrayList<>(own);
        for (java.nio.file.Path partial : page.outline().partials()) { // the partials it includes show theirs too
            all.addAll(problemsByFile.getOrDefault(config().display(partial), List.of()));
        }
        all.addAll(globalProblems);
        return all;
    }

    /**
     * Takes over the Markdown pages of {@code previous} that are still valid, i.e. whose URL is not {@code stale}.
     * Pages the site generates (the 404 page) show the whole site and are always rendered again.
     */
    void adoptFrom(PreviewState previous, Predicate<String> stale) {
        previous.pages.forEach((path, task) -> {
            if (previous.file(path) instanceof SiteFile.Rendered page && page.page() != null
                    && !stale.test(page.url()) && task.isDone()) {
                pages.putIfAbsent(path, task);
            }
        });
    }

    /** The Markdown page at {@code url} ({@code guides/a/}), or {@code null} when there is none. */
    SiteFile.Rendered pageAt(String url) {
        return site.file(url + "index.html") instanceof SiteFile.Rendered page && page.page() != null
                && page.page().url().equals(url) ? page : null;
    }

    /** The rendered page at {@code url} if it was rendered in this state, without rendering it. */
    Rendered renderedIfPresent(String url) {
        FutureTask<Rendered> task = pages.get(url + "index.html");
        return task != null && task.isDone() ? join(task) : null;
    }

    /** @return the Markdown page at {@code url}, rendering it on first use; {@code null} when there is no such page */
    Rendered page(String url) {
        SiteFile.Rendered page = pageAt(url);
        return page == null ? null : rendered(page);
    }

    /** {@code file} as served, rendering it on first use. */
    Rendered rendered(SiteFile.Rendered file) {
        FutureTask<Rendered> task = pages.get(file.path());
        if (task == null) {
            FutureTask<Rendered> mine = new FutureTask<>(() -> render(file));
            task = pages.putIfAbsent(file.path(), mine);
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

    private Rendered render(SiteFile.Rendered file) {
        Page page = file.page();
        List<Problem> problems = page == null ? globalProblems : problemsOf(page);
        try {
            RenderedPage drawn = file.drawing().draw(renderer, problems, true);
            String html = drawn.html();
            lastGood.put(file.path(), html.getBytes(StandardCharsets.UTF_8));
            return versioned(html, drawn.contentHtml(), writerScripts());
        } catch (RuntimeException e) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(renderProblem(page == null ? null : page.source().displayPath(), e));
            byte[] previous = lastGood.get(file.path());
            String html = previous != null
                    ? OverlayHtml.inject(new String(previous, StandardCharsets.UTF_8), all)
                    : OverlayHtml.bare(file.root(), all);
            return versioned(html, null, writerScripts());
        }
    }

    /** Whether inline scripts written in Markdown may run: only where the site allows raw HTML. */
    private boolean writerScripts() {
        return !renderer.model().config().markdown().escapesRawHtml();
    }

    static Problem renderProblem(String file, RuntimeException e) {
        if (e instanceof TemplateRenderException) {
            return Problem.error(ProblemCode.TEMPLATE, null, 0, 0, e.getMessage());
        }
        return Problem.error(ProblemCode.RENDER, file, 0, 0, "cannot render this page: " + e);
    }
}
