package dev.docsite.serve;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.links.PlatformLinks;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.nav.DeclaredSidebars;
import dev.docsite.rebuild.ChangeKind;
import dev.docsite.rebuild.ContentState;
import dev.docsite.rebuild.EditPlan;
import dev.docsite.rebuild.RebuildPlan;
import dev.docsite.rebuild.SourceLayout;
import dev.docsite.site.LoadedContent;
import dev.docsite.site.PageRenderer;
import dev.docsite.site.SiteAssembler;
import dev.docsite.site.SiteAssembly;
import dev.docsite.site.SiteFile;
import dev.docsite.site.SiteModel;
import dev.docsite.site.TemplateBudget;
import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Makes each version of the preview: loads the site, and after each change re-reads only what changed, assembles the
 * site again through the build's stages and hands over the pages the change did not affect. Changes must come from
 * one thread at a time; {@link #state()} may be read from any thread. A failing rebuild never stops the server: it is
 * logged in one line and the previous version stays served.
 */
final class PreviewRebuilder {

    private static final Set<ChangeKind> CONTENT_KINDS = EnumSet.of(ChangeKind.PAGE, ChangeKind.CATEGORY,
            ChangeKind.CONTENT_FOLDER, ChangeKind.CONTENT_FILE);
    private static final Set<ChangeKind> LINK_NEUTRAL_KINDS = EnumSet.of(ChangeKind.PAGE, ChangeKind.TEMPLATE,
            ChangeKind.KPI_FEED);

    private final Path siteRoot;
    private final ConfigOverrides overrides;
    private final Clock clock;
    private final Consumer<String> log;
    private final LiveUpdates live;
    private volatile MarkdownEngine markdown; // replaced when a configuration change turns math on or off
    private final Map<String, byte[]> lastGood = new ConcurrentHashMap<>();
    private final FileBytes fileBytes = new FileBytes();
    private final AtomicLong generations = new AtomicLong();
    private final KpiMonitor kpiMonitor;
    private volatile PreviewState state;

    // Inputs of the current state; only the rebuild thread touches them.
    private SiteConfig config;
    private volatile SourceLayout layout;
    private ContentState content;
    private DeclaredSidebars sidebars;
    private PlatformLinks platform;
    private ThemeRenderer theme;
    private KpiLoadResult kpi;
    private final SiteWideProblems siteWide = new SiteWideProblems();

    PreviewRebuilder(SiteConfig config, ConfigOverrides overrides, Clock clock, LiveUpdates live, Consumer<String> log) {
        this.siteRoot = config.siteRoot();
        this.config = config;
        this.markdown = new MarkdownEngine(config.markdown().math());
        this.overrides = overrides;
        this.clock = clock;
        this.live = live;
        this.log = log;
        this.kpiMonitor = new KpiMonitor(config.kpi().enabled());
    }

    PreviewState state() {
        return state;
    }

    SourceLayout layout() {
        return layout;
    }

    KpiMonitor.Status kpiStatus() {
        return kpiMonitor.status();
    }

    /**
     * Loads the whole site; {@code progress} is called with the number of page files read so far.
     *
     * @throws ConfigException when a sidebars file does not evaluate or is invalid
     */
    void loadEverything(IntConsumer progress) throws IOException, ConfigException {
        sidebars = DeclaredSidebars.read(config);
        loadPages(progress);
    }

    /** Loads every page, the feed and the theme for {@link #config} and {@link #sidebars}. */
    private void loadPages(IntConsumer progress) throws IOException {
        layout = SourceLayout.of(config);
        markdown = markdown.math() == config.markdown().math() ? markdown : new MarkdownEngine(config.markdown().math());
        // A new budget per full load: the previous pages and their templates are dropped with the old state.
        content = ContentState.load(config, PageLoader.perFile(TemplateBudget.ofHeap(markdown, config)::parse), progress);
        platform = PlatformLinks.load(config.linkBases());
        theme = new ThemeRenderer(config.templatesDir());
        kpiMonitor.reset(config.kpi().enabled());
        kpi = config.kpi().enabled() ? readFeed() : null;
        state = newState(SiteAssembler.assemble(config, loaded(content), platform, kpi, clock.instant()));
    }

    /** Applies a batch of changed paths (one debounced change). Never throws. */
    void apply(Collection<Path> changed) {
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
            rebuild(contentPaths, kinds, start,
                    changed.size() == 1 ? config.display(changed.iterator().next()) : changed.size() + " files");
        } catch (Exception | StackOverflowError e) {
            log.accept("Rebuild failed, still serving the previous version: " + oneLine(e));
        }
    }

    /**
     * Goes through the work of an edit without changing what is served: reads the first page again, assembles the
     * site with it, plans the rebuild, lists the site's files and renders the page, then drops it all. Never throws;
     * call it on the rebuild thread only.
     *
     * @return whether there was a page to rehearse with
     */
    boolean rehearseEdit() {
        try {
            SiteModel model = state.model();
            if (model.index().pages().isEmpty()) {
                return false;
            }
            Page page = model.index().pages().get(0);
            ContentState.Update update = content.apply(List.of(page.source().path()));
            SiteModel next = SiteAssembler.assemble(config, loaded(update.next()), platform, kpi, clock.instant(),
                    model);
            EditPlan.of(update, false, model, next);
            SiteAssembly site = SiteAssembly.of(next, theme);
            if (site.file(page.url() + "index.html") instanceof SiteFile.Rendered again) {
                again.drawing().draw(new PageRenderer(next, markdown, theme), List.of(), true).html();
            }
            return true;
        } catch (Exception | StackOverflowError e) {
            return false; // a real edit reports the same failure
        }
    }

    /** Reads the KPI feed again (polling a URL feed). Never throws. */
    void refreshKpi() {
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
        // A fresh renderer on a template change: Freemarker's own template cache would take up to a second to notice.
        ThemeRenderer nextTheme = templates ? new ThemeRenderer(config.templatesDir()) : theme;
        KpiLoadResult nextKpi = kpi;
        boolean kpiRead = kinds.contains(ChangeKind.KPI_FEED) && config.kpi().enabled();
        if (kpiRead) {
            nextKpi = readFeed();
        }
        if (update == null && !templates && nextKpi == kpi && !kinds.contains(ChangeKind.STATIC)) {
            if (kpiRead) {
                live.kpiStatus(kpiMonitor.status());
            }
            return;
        }
        ContentState nextContent = update == null ? content : update.next();
        // Links of unchanged pages resolve as before unless files they may point to (assets) changed.
        SiteModel linksBefore = LINK_NEUTRAL_KINDS.containsAll(kinds) ? oldModel : null;
        SiteModel model = SiteAssembler.assemble(config, loaded(nextContent), platform, nextKpi, clock.instant(),
                linksBefore);
        RebuildPlan plan = EditPlan.of(update, templates, oldModel, model);
        KpiDelta kpiDelta = nextKpi == kpi ? null : KpiDelta.between(oldModel.kpiSnapshot(), oldModel.kpiWidgets(),
                model.kpiSnapshot(), model.kpiWidgets());
        PreviewState next = newState(model, nextTheme);

        content = nextContent;
        theme = nextTheme;
        kpi = nextKpi;
        Set<String> kpiWidgetIds = kpiDelta == null ? Set.of() : kpiDelta.widgets().keySet();
        Set<String> kpiKnownIds = kpiDelta == null ? Set.of() : kpiDelta.appearedOrVanished();
        // Pages showing a changed KPI are rendered again for the next request, but their open copies are updated in
        // place over the event stream; only a KPI appearing or vanishing (its problem) reloads them.
        Predicate<String> reloadable = url -> plan.affects(url) || LiveUpdates.usesKpi(model, url, kpiKnownIds);
        next.adoptFrom(old, url -> reloadable.test(url) || LiveUpdates.usesKpi(model, url, kpiWidgetIds));
        state = next;

        Set<String> reload = live.reloadChanged(old, next, reloadable);
        if (kpiRead) {
            live.kpiRead(next.generation(), kpiMonitor.status(), kpiDelta, model);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String changedText = what != null ? what : "KPI feed";
        String kpiText = kpiDelta == null || kpiDelta.isEmpty() ? "" : ", " + kpiDelta.widgets().size() + " KPI(s) changed";
        log.accept("Rebuilt " + changedText + " in " + ms + " ms: " + plan + kpiText
                + (reload.isEmpty() ? "" : "; reloading " + reload.size() + " open page(s)"));
    }

    /** The pages with the sidebars the docs roots declare (read with the configuration, as the build does). */
    private LoadedContent loaded(ContentState pages) {
        return pages.toLoaded().withSidebars(sidebars);
    }

    private void reloadConfig(long start) throws IOException {
        SiteConfig next;
        DeclaredSidebars nextSidebars;
        try {
            next = ConfigSource.load(siteRoot, overrides);
            nextSidebars = DeclaredSidebars.read(next);
        } catch (ConfigException e) {
            siteWide.configInvalid(e);
            state = newState(state.model());
            live.reloadAll(state.generation());
            log.accept("the configuration is invalid, still serving the previous one: " + e.getMessage());
            return;
        }
        siteWide.configInvalid(null);
        PreviewState old = state;
        config = next;
        sidebars = nextSidebars;
        loadPages(n -> { });
        live.reloadChanged(old, state, url -> true);
        log.accept("Reloaded the configuration in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                + state.model().index().pages().size() + " pages");
    }

    private PreviewState newState(SiteModel model) throws IOException {
        return newState(model, theme);
    }

    /** The version serving {@code model}: the site's files listed as {@code build} lists them, and read into memory. */
    private PreviewState newState(SiteModel model, ThemeRenderer withTheme) throws IOException {
        SiteAssembly site = SiteAssembly.of(model, withTheme);
        MemorySink sink = MemorySink.copiesOf(site, siteRoot, fileBytes);
        fileBytes.retainOnly(sink.sources());
        return new PreviewState(generations.incrementAndGet(), site, new PageRenderer(model, markdown, withTheme),
                sink.files(), siteWide.all(), lastGood);
    }

    private KpiLoadResult readFeed() {
        return kpiMonitor.read(config, siteRoot, clock, kpi, log);
    }

    /** Shows on every page that {@code folder} cannot be watched (rebuild thread only; never throws). */
    void cannotWatch(Path folder, String reason) {
        if (siteWide.unwatched(config.display(folder), reason)) {
            try {
                state = newState(state.model());
                live.reloadAll(state.generation());
            } catch (IOException | RuntimeException e) {
                log.accept("Rebuild failed, still serving the previous version: " + oneLine(e));
            }
        }
    }

    static String oneLine(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
