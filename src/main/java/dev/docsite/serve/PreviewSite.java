package dev.docsite.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.kpi.KpiFeedLoader;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.links.PlatformLinks;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.output.SitemapWriter;
import dev.docsite.output.StaticFiles;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.rebuild.Backlinks;
import dev.docsite.rebuild.ChangeKind;
import dev.docsite.rebuild.ContentState;
import dev.docsite.rebuild.RebuildPlan;
import dev.docsite.rebuild.RebuildPlanner;
import dev.docsite.rebuild.SourceLayout;
import dev.docsite.site.PageRenderer;
import dev.docsite.site.SiteAssembler;
import dev.docsite.site.SiteModel;
import dev.docsite.site.TemplateBudget;
import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The site as the preview server serves it: loaded once, kept in memory, answered from memory, and rebuilt
 * incrementally when its files change. Requests ({@link #respond}) may come from any number of threads; changes
 * ({@link #apply}, {@link #refreshKpi}) must come from one thread at a time. A failing rebuild never stops the
 * server: it is logged in one line and the previous version stays served.
 */
public final class PreviewSite {

    static final String LIVE_SCRIPT = "__docsite/live.js";
    static final String EVENTS = "__docsite/events";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<ChangeKind> CONTENT_KINDS = EnumSet.of(ChangeKind.PAGE, ChangeKind.CATEGORY,
            ChangeKind.CONTENT_FOLDER, ChangeKind.CONTENT_FILE);
    private static final Set<ChangeKind> LINK_NEUTRAL_KINDS = EnumSet.of(ChangeKind.PAGE, ChangeKind.TEMPLATE,
            ChangeKind.KPI_FEED);

    private final Path siteRoot;
    private final ConfigOverrides overrides;
    private final Clock clock;
    private final Consumer<String> log;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final Map<String, byte[]> lastGood = new ConcurrentHashMap<>();
    private final LiveEvents events = new LiveEvents();
    private final FileBytes fileBytes = new FileBytes();
    private final byte[] liveScript;
    private final AtomicLong generations = new AtomicLong();
    private final KpiMonitor kpiMonitor;
    private volatile PreviewState state;

    // Inputs of the current state; only the rebuild thread touches them.
    private SiteConfig config;
    private volatile SourceLayout layout;
    private ContentState content;
    private PlatformLinks platform;
    private ThemeRenderer theme;
    private Map<String, ServedFile> themeFiles;
    private Map<String, ServedFile> siteFiles;
    private KpiLoadResult kpi;
    private Problem configProblem;
    // Written again only when what they show changed: most edits change neither, and writing them took a fifth of
    // the time an edit of a 1,000-page site took to show.
    private List<String> sitemapUrls;
    private SiteConfig sitemapConfig;
    private byte[] sitemap;
    private KpiSnapshot snapshotOfJson;
    private ServedFile snapshotJson;

    private PreviewSite(SiteConfig config, ConfigOverrides overrides, Clock clock, Consumer<String> log) {
        this.siteRoot = config.siteRoot();
        this.config = config;
        this.overrides = overrides;
        this.clock = clock;
        this.log = log;
        this.kpiMonitor = new KpiMonitor(config.kpi().enabled());
        this.liveScript = resource("/docsite-preview/live.js");
    }

    /**
     * Loads the whole site.
     *
     * @param overrides the command-line flags, applied again when {@code site.yml} changes
     * @param progress  called with the number of page files read so far (from any thread)
     * @param log       one line per rebuild and per KPI feed failure episode
     */
    public static PreviewSite open(SiteConfig config, ConfigOverrides overrides, Clock clock, IntConsumer progress,
                                   Consumer<String> log) throws IOException {
        PreviewSite site = new PreviewSite(config, overrides, clock, log);
        site.loadEverything(progress);
        return site;
    }

    private void loadEverything(IntConsumer progress) throws IOException {
        layout = SourceLayout.of(config);
        // A new budget per full load: the previous pages and their templates are dropped with the old state.
        content = ContentState.load(config, new PageLoader(TemplateBudget.ofHeap(markdown)::parse), progress);
        platform = PlatformLinks.load(config.linkBases());
        theme = new ThemeRenderer(config.templatesDir());
        themeFiles = ThemeFiles.load(theme);
        kpiMonitor.reset(config.kpi().enabled());
        kpi = config.kpi().enabled() ? readFeed() : null;
        SiteModel model = SiteAssembler.assemble(config, content.toLoaded(), platform, kpi, clock.instant());
        siteFiles = siteFiles(model);
        state = newState(model);
    }

    public SiteConfig config() {
        return state.config();
    }

    /** Where the inputs are, for the file watcher; changes after a {@code site.yml} reload. */
    public SourceLayout layout() {
        return layout;
    }

    public LiveEvents events() {
        return events;
    }

    public int pages() {
        return state.model().index().pages().size();
    }

    public long generation() {
        return state.generation();
    }

    KpiMonitor.Status kpiStatus() {
        return kpiMonitor.status();
    }

    /** Problems of the current version, for the start-up summary. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(state.model().problems());
        all.addAll(state.globalProblems());
        return all;
    }

    // ---------------------------------------------------------------- requests

    /**
     * Answers a GET request.
     *
     * @param rawPath  the request path as sent (%-encoded)
     * @param rawQuery the query string as sent, or {@code null}
     */
    public Reply respond(String rawPath, String rawQuery) {
        PreviewState st = state;
        String base = st.config().baseUrl();
        if (RequestPath.isBaseWithoutSlash(rawPath, base)) {
            return Reply.redirect(base + (rawQuery == null ? "" : "?" + rawQuery));
        }
        String path = RequestPath.toSitePath(rawPath, base).orElse(null);
        if (path == null) {
            return notFound(st);
        }
        if (path.equals(LIVE_SCRIPT)) {
            return Reply.file(ServedFile.of(path, liveScript));
        }
        ServedFile file = st.files().get(path);
        if (file != null) {
            return Reply.file(file);
        }
        switch (path) {
            case "search-index.json":
                return Reply.file(ServedFile.of(path, st.searchIndex()));
            case "search-index.js":
                return Reply.file(ServedFile.of(path, ("window.DOCSITE_SEARCH_INDEX = "
                        + new String(st.searchIndex(), StandardCharsets.UTF_8) + ";\n").getBytes(StandardCharsets.UTF_8)));
            case "404.html":
                PreviewState.Rendered nf = st.notFound();
                return new Reply(200, ContentTypes.HTML, nf.html(), null, nf.csp());
            default:
                break;
        }
        if (path.isEmpty() || path.endsWith("/") || path.equals("index.html") || path.endsWith("/index.html")) {
            String url = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
            PreviewState.Rendered page = st.page(url);
            if (page != null) {
                return new Reply(200, ContentTypes.HTML, page.html(), null, page.csp());
            }
            ServedFile index = st.files().get(url + "index.html");
            return index != null ? Reply.file(index) : notFound(st);
        }
        if (st.model().index().byUrl(path + "/") != null || st.files().containsKey(path + "/index.html")) {
            return Reply.redirect(rawPath + "/" + (rawQuery == null ? "" : "?" + rawQuery));
        }
        return notFound(st);
    }

    /** The 404 reply of the current version (for paths refused before they reach {@link #respond}). */
    public Reply notFound() {
        return notFound(state);
    }

    private static Reply notFound(PreviewState st) {
        PreviewState.Rendered nf = st.notFound();
        return new Reply(404, ContentTypes.HTML, nf.html(), null, nf.csp());
    }

    /** The first event a new live connection gets: the version it was served from, and the KPI status. */
    public String helloJson() {
        ObjectNode hello = JSON.createObjectNode();
        hello.put("generation", state.generation());
        hello.set("kpi", statusJson(kpiMonitor.status()));
        return hello.toString();
    }

    /**
     * Whether the page a browser shows is the current version; {@code false} means it was served just before a
     * rebuild whose event it missed while connecting, and must reload.
     *
     * @param version the version the live script reported, or {@code null}
     */
    public boolean isCurrent(String url, String version) {
        if (version == null || version.isEmpty()) {
            return true;
        }
        try {
            PreviewState.Rendered r = state.page(url);
            return r == null || r.version().equals(version);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The event telling the browser showing {@code url} to reload. */
    public String reloadEvent(String url) {
        return reloadJson(state.generation(), List.of(url));
    }

    // ---------------------------------------------------------------- changes

    /** Applies a batch of changed paths (one debounced change). Never throws. */
    public void apply(Collection<Path> changed) {
        long start = System.nanoTime();
        try {
            Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
            List<Path> contentPaths = new ArrayList<>();
            for (Path p : changed) {
                ChangeKind kind = layout.classify(p);
                kinds.add(kind);
                if (CONTENT_KINDS.contains(kind)) {
                    contentPaths.add(p);
                }
            }
            kinds.remove(ChangeKind.IGNORED);
            if (kinds.isEmpty()) {
                return;
            }
            if (kinds.contains(ChangeKind.CONFIG)) {
                reloadConfig(start);
                return;
            }
            rebuild(contentPaths, kinds, start, describe(changed));
        } catch (Exception | StackOverflowError e) {
            log.accept("Rebuild failed, still serving the previous version: " + oneLine(e));
        }
    }

    /**
     * Goes through the work of an edit without changing what is served: reads the first page again, assembles the
     * site with it, plans the rebuild and renders the page, then drops it all. The server runs this a few times after
     * start, so that a writer's first saves run compiled code instead of the interpreter (they took about twice as
     * long as later ones). Never throws; call it on the rebuild thread only.
     *
     * @return whether there was a page to rehearse with
     */
    public boolean rehearseEdit() {
        try {
            SiteModel model = state.model();
            if (model.index().pages().isEmpty()) {
                return false;
            }
            Page page = model.index().pages().get(0);
            ContentState.Update update = content.apply(List.of(page.source().path()));
            SiteModel next = SiteAssembler.assemble(config, update.next().toLoaded(), platform, kpi, clock.instant(),
                    model);
            plan(update, false, model, next);
            Page again = next.index().byUrl(page.url());
            if (again != null) {
                new PageRenderer(next, markdown, theme).render(again, List.of(), true).html();
            }
            return true;
        } catch (Exception | StackOverflowError e) {
            return false; // a real edit reports the same failure
        }
    }

    /** Which pages an edit makes stale: the edited ones and, by the planner's rules, those linking to them. */
    private static RebuildPlan plan(ContentState.Update update, boolean templates, SiteModel before, SiteModel after) {
        if (update == null) {
            return templates ? RebuildPlan.all("a template changed") : RebuildPlan.nothing();
        }
        return RebuildPlanner.plan(update.changes(), update.categoriesChanged(), templates,
                url -> Backlinks.linkingTo(url, List.of(before, after)));
    }

    /** Reads the KPI feed again (polling a URL feed). Never throws. */
    public void refreshKpi() {
        try {
            rebuild(List.of(), EnumSet.of(ChangeKind.KPI_FEED), System.nanoTime(), null);
        } catch (Exception | StackOverflowError e) {
            log.accept("KPI refresh failed: " + oneLine(e));
        }
    }

    private void rebuild(List<Path> contentPaths, Set<ChangeKind> kinds, long start, String what) throws IOException {
        PreviewState old = state;
        SiteModel oldModel = old.model();
        ContentState.Update update = contentPaths.isEmpty() ? null : content.apply(contentPaths);
        boolean templates = kinds.contains(ChangeKind.TEMPLATE);
        ThemeRenderer nextTheme = theme;
        Map<String, ServedFile> nextThemeFiles = themeFiles;
        if (templates) {
            // A fresh renderer: Freemarker's own template cache would take up to a second to notice the edit.
            nextTheme = new ThemeRenderer(config.templatesDir());
            nextThemeFiles = ThemeFiles.load(nextTheme);
        }
        KpiLoadResult nextKpi = kpi;
        boolean kpiRead = kinds.contains(ChangeKind.KPI_FEED) && config.kpi().enabled();
        if (kpiRead) {
            nextKpi = readFeed();
        }
        if (update == null && !templates && nextKpi == kpi && !kinds.contains(ChangeKind.STATIC)) {
            if (kpiRead) {
                events.broadcast("kpi-status", statusJson(kpiMonitor.status()).toString());
            }
            return;
        }
        ContentState nextContent = update == null ? content : update.next();
        // Links of unchanged pages resolve as before unless files they may point to (assets) changed.
        SiteModel linksBefore = LINK_NEUTRAL_KINDS.containsAll(kinds) ? oldModel : null;
        SiteModel model = SiteAssembler.assemble(config, nextContent.toLoaded(), platform, nextKpi, clock.instant(),
                linksBefore);
        Map<String, ServedFile> nextSiteFiles = siteFiles(model);

        RebuildPlan plan = plan(update, templates, oldModel, model);
        KpiDelta kpiDelta = nextKpi == kpi ? null : KpiDelta.between(oldModel.kpiSnapshot(), oldModel.kpiWidgets(),
                model.kpiSnapshot(), model.kpiWidgets());

        content = nextContent;
        theme = nextTheme;
        themeFiles = nextThemeFiles;
        kpi = nextKpi;
        Map<String, ServedFile> previousFiles = old.files();
        siteFiles = nextSiteFiles;
        PreviewState next = newState(model);
        Set<String> kpiWidgetIds = kpiDelta == null ? Set.of() : kpiDelta.widgets().keySet();
        Set<String> kpiKnownIds = kpiDelta == null ? Set.of() : kpiDelta.appearedOrVanished();
        // Pages showing a changed KPI are rendered again for the next request, but their open copies are updated in
        // place over the event stream; only a KPI appearing or vanishing (its problem) reloads them.
        Predicate<String> reloadable = url -> plan.affects(url) || usesKpi(model, url, kpiKnownIds);
        next.adoptFrom(old, url -> reloadable.test(url) || usesKpi(model, url, kpiWidgetIds));
        state = next;

        Set<String> changedFiles = changedFiles(previousFiles, next.files());
        Set<String> reload = pagesToReload(old, next, reloadable, changedFiles);
        // Sent even when no open page changed: clients track the generation to catch up after reconnecting.
        events.broadcast("reload", reloadJson(next.generation(), reload));
        if (kpiRead) {
            ObjectNode kpiEvent = JSON.createObjectNode();
            kpiEvent.put("generation", next.generation());
            kpiEvent.set("status", statusJson(kpiMonitor.status()));
            if (kpiDelta != null) {
                kpiEvent.set("kpis", JSON.valueToTree(kpiDelta.widgets()));
                if (model.kpiWidgets() != null) {
                    kpiEvent.put("provenance", model.kpiWidgets().provenance());
                }
            }
            events.broadcast("kpi", kpiEvent.toString());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String changedText = what != null ? what : "KPI feed";
        String kpiText = kpiDelta == null || kpiDelta.isEmpty() ? "" : ", " + kpiDelta.widgets().size() + " KPI(s) changed";
        log.accept("Rebuilt " + changedText + " in " + ms + " ms: " + plan + kpiText
                + (reload.isEmpty() ? "" : "; reloading " + reload.size() + " open page(s)"));
    }

    private void reloadConfig(long start) throws IOException {
        SiteConfig next;
        try {
            next = ConfigLoader.load(siteRoot, overrides);
        } catch (ConfigException e) {
            configProblem = Problem.error(ProblemCode.CONFIG, ConfigLoader.FILE_NAME, 0, 0,
                    e.getMessage() + " (still serving the site as it was before this change)");
            PreviewState old = state;
            state = newState(old.model());
            events.broadcast("reload", reloadJson(state.generation(), events.openUrls()));
            log.accept("site.yml is invalid, still serving the previous configuration: " + e.getMessage());
            return;
        }
        configProblem = null;
        PreviewState old = state;
        config = next;
        loadEverything(n -> { });
        Set<String> reload = pagesToReload(old, state, url -> true, Set.of());
        events.broadcast("reload", reloadJson(state.generation(), reload));
        log.accept("Reloaded site.yml in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + pages() + " pages");
    }

    private PreviewState newState(SiteModel model) {
        Map<String, ServedFile> files = new LinkedHashMap<>(siteFiles);
        files.putAll(themeFiles);
        if (model.kpiSnapshot() != null) {
            if (snapshotJson == null || snapshotOfJson != model.kpiSnapshot()) {
                snapshotJson = ServedFile.of("kpi/snapshot.json",
                        model.kpiSnapshot().toJson().getBytes(StandardCharsets.UTF_8));
                snapshotOfJson = model.kpiSnapshot();
            }
            files.put("kpi/snapshot.json", snapshotJson);
        }
        List<Problem> global = configProblem == null ? List.of() : List.of(configProblem);
        return new PreviewState(generations.incrementAndGet(), model, new PageRenderer(model, markdown, theme), files,
                global, lastGood);
    }

    /** Sitemap, static files and referenced assets, as {@code SiteWriter} writes them (later ones win). */
    private Map<String, ServedFile> siteFiles(SiteModel model) throws IOException {
        MemorySink sink = new MemorySink(siteRoot, fileBytes);
        List<String> urls = new ArrayList<>();
        for (Page p : model.navigation().tree().order()) {
            urls.add(p.url());
        }
        if (!urls.equals(sitemapUrls) || model.config() != sitemapConfig) {
            sitemap = SitemapWriter.write(model.config().url(), model.config().baseUrl(), urls)
                    .getBytes(StandardCharsets.UTF_8);
            sitemapUrls = urls;
            sitemapConfig = model.config();
        }
        sink.write("sitemap.xml", sitemap);
        StaticFiles.copy(model.config().staticDir(), sink);
        for (Map.Entry<Path, String> asset : model.resolver().assets().toCopy().entrySet()) {
            try {
                sink.copy(asset.getKey(), asset.getValue());
            } catch (IOException e) {
                // Deleted since the link was checked; the page shows it broken on the next change.
            }
        }
        fileBytes.retainOnly(sink.sources());
        return sink.files();
    }

    private KpiLoadResult readFeed() {
        Instant startedAt = clock.instant();
        KpiLoadResult result = KpiFeedLoader.load(config.kpi(), siteRoot, config.stateDir(), clock);
        KpiMonitor.Outcome outcome = kpiMonitor.record(result, startedAt);
        switch (outcome) {
            case SUCCESS:
                return result;
            case FAILURE_STARTED:
                log.accept("KPI feed unavailable, pages keep the last good values: " + kpiMonitor.status().reason());
                break;
            default:
                break;
        }
        // Keep the values pages already show; only the first read may leave the site without KPI data.
        return kpi != null && kpi.snapshot() != null ? kpi : result;
    }

    /** Open pages whose served document differs after the change, or that show a file that changed. */
    private Set<String> pagesToReload(PreviewState old, PreviewState next, Predicate<String> affected,
                                      Set<String> changedFiles) {
        Set<String> reload = new TreeSet<>();
        for (String url : events.openUrls()) {
            if (!affected.test(url) && changedFiles.isEmpty()) {
                continue;
            }
            PreviewState.Rendered before = old.renderedIfPresent(url);
            PreviewState.Rendered after = next.page(url);
            if (after == null) {
                boolean wasPage = old.model().index().byUrl(url) != null;
                if (wasPage) {
                    reload.add(url);
                }
                continue;
            }
            if (before == null || !Arrays.equals(before.html(), after.html())) {
                reload.add(url);
                continue;
            }
            String html = new String(after.html(), StandardCharsets.UTF_8);
            for (String file : changedFiles) {
                if (html.contains(file)) {
                    reload.add(url);
                    break;
                }
            }
        }
        return reload;
    }

    private static Set<String> changedFiles(Map<String, ServedFile> before, Map<String, ServedFile> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((path, file) -> {
            ServedFile old = before.get(path);
            if (old == null || !Arrays.equals(old.bytes(), file.bytes())) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(changed::add);
        changed.remove("sitemap.xml");
        changed.remove("kpi/snapshot.json");
        return changed;
    }

    private static boolean usesKpi(SiteModel model, String url, Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        Page page = model.index().byUrl(url);
        return page != null && KpiDelta.uses(page, ids);
    }

    private static String reloadJson(long generation, Collection<String> urls) {
        ObjectNode node = JSON.createObjectNode();
        node.put("generation", generation);
        ArrayNode list = node.putArray("urls");
        urls.forEach(list::add);
        return node.toString();
    }

    private static ObjectNode statusJson(KpiMonitor.Status s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("state", s.state());
        node.put("lastRead", s.lastRead() == null ? null : s.lastRead().toString());
        node.put("staleSince", s.staleSince() == null ? null : s.staleSince().toString());
        node.put("reason", s.reason());
        return node;
    }

    private String describe(Collection<Path> changed) {
        if (changed.size() == 1) {
            return config.display(changed.iterator().next());
        }
        return changed.size() + " files";
    }

    private static String oneLine(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " on the classpath; the docsite jar is incomplete.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
