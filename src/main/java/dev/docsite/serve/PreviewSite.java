package dev.docsite.serve;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.Problem;
import dev.docsite.rebuild.SourceLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The site as the preview server serves it: loaded once, kept in memory, answered from memory, and rebuilt
 * incrementally when its files change. Its three jobs are done by {@link PreviewRouter} (requests),
 * {@link PreviewRebuilder} (changes) and {@link LiveUpdates} (what open browsers are told). Requests
 * ({@link #respond}) may come from any number of threads; changes ({@link #apply}, {@link #refreshKpi},
 * {@link #rehearseEdit}) must come from one thread at a time.
 */
public final class PreviewSite {

    static final String LIVE_SCRIPT = "__docsite/live.js";
    static final String EVENTS = "__docsite/events";

    private final PreviewRouter router = new PreviewRouter();
    private final LiveUpdates live = new LiveUpdates();
    private final PreviewRebuilder rebuilder;

    private PreviewSite(SiteConfig config, ConfigOverrides overrides, Clock clock, Consumer<String> log) {
        this.rebuilder = new PreviewRebuilder(config, overrides, clock, live, log);
    }

    /**
     * Loads the whole site.
     *
     * @param overrides the command-line flags, applied again when {@code site.yml} changes
     * @param progress  called with the number of page files read so far (from any thread)
     * @param log       one line per rebuild and per KPI feed failure episode
     * @throws ConfigException when a sidebars file does not evaluate or is invalid
     */
    public static PreviewSite open(SiteConfig config, ConfigOverrides overrides, Clock clock, IntConsumer progress,
                                   Consumer<String> log) throws IOException, ConfigException {
        PreviewSite site = new PreviewSite(config, overrides, clock, log);
        site.rebuilder.loadEverything(progress);
        return site;
    }

    public SiteConfig config() {
        return rebuilder.state().config();
    }

    /** Where the inputs are, for the file watcher; changes after a {@code site.yml} reload. */
    public SourceLayout layout() {
        return rebuilder.layout();
    }

    public LiveEvents events() {
        return live.events();
    }

    public int pages() {
        return rebuilder.state().model().index().pages().size();
    }

    public long generation() {
        return rebuilder.state().generation();
    }

    KpiMonitor.Status kpiStatus() {
        return rebuilder.kpiStatus();
    }

    /** Problems of the current version, for the start-up summary. */
    public List<Problem> problems() {
        PreviewState st = rebuilder.state();
        List<Problem> all = new ArrayList<>(st.model().problems());
        all.addAll(st.globalProblems());
        return all;
    }

    /**
     * Answers a GET request.
     *
     * @param rawPath  the request path as sent (%-encoded)
     * @param rawQuery the query string as sent, or {@code null}
     */
    public Reply respond(String rawPath, String rawQuery) {
        return router.respond(rebuilder.state(), rawPath, rawQuery);
    }

    /** The 404 reply of the current version (for paths refused before they reach {@link #respond}). */
    public Reply notFound() {
        return router.notFound(rebuilder.state());
    }

    /** The first event a new live connection gets: the version it was served from, and the KPI status. */
    public String helloJson() {
        return live.helloJson(rebuilder.state().generation(), rebuilder.kpiStatus());
    }

    /**
     * Whether the page a browser shows is the current version; {@code false} means it was served just before a
     * rebuild whose event it missed while connecting, and must reload.
     *
     * @param version the version the live script reported, or {@code null}
     */
    public boolean isCurrent(String url, String version) {
        return LiveUpdates.isCurrent(rebuilder.state(), url, version);
    }

    /** The event telling the browser showing {@code url} to reload. */
    public String reloadEvent(String url) {
        return LiveUpdates.reloadJson(rebuilder.state().generation(), List.of(url));
    }

    /** Applies a batch of changed paths (one debounced change). Never throws. */
    public void apply(Collection<Path> changed) {
        rebuilder.apply(changed);
    }

    /**
     * Goes through the work of an edit without changing what is served. The server runs this a few times after
     * start, so that a writer's first saves run compiled code instead of the interpreter (they took about twice as
     * long as later ones). Never throws; call it on the rebuild thread only.
     *
     * @return whether there was a page to rehearse with
     */
    public boolean rehearseEdit() {
        return rebuilder.rehearseEdit();
    }

    /** Reads the KPI feed again (polling a URL feed). Never throws. */
    /**
     * Reports that {@code folder} cannot be watched: on every page's problems overlay from the next version on. Call
     * it on the rebuild thread; never throws.
     */
    public void cannotWatch(Path folder, String reason) {
        rebuilder.cannotWatch(folder, reason);
    }

    public void refreshKpi() {
        rebuilder.refreshKpi();
    }
}
