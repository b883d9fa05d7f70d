package dev.docsite.site;

import dev.docsite.problem.IoReason;
import dev.docsite.config.ConfigException;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.ContentTree;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.kpi.KpiFeedLoader;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.links.PlatformLinks;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.nav.DeclaredSidebars;
import dev.docsite.markdown.partial.SitePartialFiles;
import dev.docsite.markdown.scope.SiteModuleValues;
import dev.docsite.output.DiscardingSink;
import dev.docsite.output.OutputCleanup;
import dev.docsite.output.OutputLeftovers;
import dev.docsite.output.OutputSink;
import dev.docsite.output.StagedDirectory;
import dev.docsite.parallel.Background;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import dev.docsite.templates.TemplateRenderException;
import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The build pipeline: configuration → content → Markdown outline → index and links → KPI feed → render → output.
 * The output is staged and swapped in only when nothing stopped the build.
 */
public final class SiteBuilder {

    /** Whether the build writes the site or only validates it. */
    public enum Mode { BUILD, CHECK }

    private final SiteConfig config;
    private final Clock clock;
    private final MarkdownEngine markdown;
    /** The template budget taken from the heap and the number of pages ({@link TemplateBudget#heapShare(int)}). */
    private static final long FROM_HEAP = -1;

    private final long templateBudgetBytes;
    private final boolean cached;

    public SiteBuilder(SiteConfig config, Clock clock) {
        this(config, clock, FROM_HEAP, true);
    }

    /** @param templateBudgetBytes heap for body templates kept between loading and rendering (see {@link TemplateBudget}) */
    SiteBuilder(SiteConfig config, Clock clock, long templateBudgetBytes) {
        this(config, clock, templateBudgetBytes, true);
    }

    private SiteBuilder(SiteConfig config, Clock clock, long templateBudgetBytes, boolean cached) {
        this.config = config;
        this.markdown = new MarkdownEngine(config.markdown().math());
        this.clock = clock;
        this.templateBudgetBytes = templateBudgetBytes;
        this.cached = cached;
    }

    /**
     * This builder with the build cache on (pages rendered from the same inputs as in the previous build are taken
     * from its output, see {@link BuildCache}; the default, as for {@code build}) or off (every page is parsed and
     * rendered and the cache is deleted; {@code build --no-cache}).
     */
    public SiteBuilder withCache(boolean on) {
        return new SiteBuilder(config, clock, templateBudgetBytes, on);
    }

    /**
     * Loads, indexes and checks the site without rendering it.
     *
     * @throws ConfigException when a sidebars file does not evaluate or is invalid
     */
    public SiteModel load() throws IOException, ConfigException {
        return load(null);
    }

    /** As {@link #load()}, taking the parse of unchanged pages from {@code cache} when it is not null. */
    private SiteModel load(BuildCache cache) throws IOException, ConfigException {
        DeclaredSidebars sidebars = DeclaredSidebars.read(config);
        // The platform link lists and the KPI feed do not depend on the pages: they are read while the pages are.
        Background<PlatformLinks> platform = Background.start("docsite-platform-links",
                () -> PlatformLinks.load(config.linkBases()));
        Background<KpiLoadResult> kpi = Background.start("docsite-kpi-feed", () -> config.kpi().enabled()
                ? KpiFeedLoader.load(config.kpi(), config.siteRoot(), config.stateDir(), clock) : null);
        LoadedContent content;
        PlatformLinks links;
        try {
            ContentTree tree = ContentStage.scan(config);
            long budget = templateBudgetBytes == FROM_HEAP ? TemplateBudget.heapShare(tree.files().size())
                    : templateBudgetBytes;
            PageLoader.BodyParser parser = new TemplateBudget(markdown, budget,
                    SitePartialFiles.of(config), SiteModuleValues.of(config))::parse;
            content = (cache == null ? ContentStage.load(tree, PageLoader.perFile(parser))
                    : ContentStage.load(tree, cache.loading(PageLoader.perFile(cache.parser(parser)))))
                    .withSidebars(sidebars);
            links = platform.join();
        } catch (IOException | RuntimeException | Error e) {
            awaitQuietly(kpi); // the feed's loader may be writing its last good snapshot: not cut short by the exit
            throw e;
        }
        return SiteAssembler.assemble(config, content, links, kpi.join(), clock.instant());
    }

    private static void awaitQuietly(Background<?> task) {
        try {
            task.join();
        } catch (IOException | RuntimeException | Error e) {
            // what stopped the build is the exception being thrown; this one would have come after it
        }
    }

    public MarkdownEngine markdown() {
        return markdown;
    }

    /**
     * Builds or checks the site. A build first puts right what an earlier build left beside the output folder (see
     * {@link OutputLeftovers}), whether this one succeeds or not, and deletes old outputs while it works.
     *
     * @throws ConfigException when a sidebars file does not evaluate or is invalid (the CLI exits with 2)
     */
    public BuildResult build(Mode mode) throws ConfigException {
        // The theme (Freemarker's set-up, the built-in assets) is made while the pages are listed and read; it is
        // needed only once they are all checked.
        Background<ThemeRenderer> theme = Background.start("docsite-theme", () -> {
            ThemeRenderer renderer = new ThemeRenderer(config.templatesDir());
            try {
                renderer.assets();
            } catch (RuntimeException e) {
                // thrown again where the site's files are listed, which reports it as before
            }
            return renderer;
        });
        // A clean build writes over the output discarded by the build before (output/RecycledTree); a build with the
        // cache hard-links most of its files from the output instead, so it deletes the discarded one as before.
        OutputCleanup cleanup = mode == Mode.BUILD ? OutputLeftovers.tidy(config.outDir(), !cached)
                : OutputCleanup.NONE;
        BuildResult result;
        List<String> failures = new ArrayList<>();
        try {
            result = run(mode, failures, theme);
        } finally {
            failures.addAll(0, cleanup.finish());
        }
        if (failures.isEmpty()) {
            return result;
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        for (String failure : failures) {
            problems.add(Problem.warning(ProblemCode.OUTPUT, config.display(config.outDir()), 0, 0, failure));
        }
        return new BuildResult(result.pages(), problems, result.written(), result.failure(), result.elapsed(),
                result.linkReport());
    }

    private BuildResult run(Mode mode, List<String> notes, Background<ThemeRenderer> themeMaking)
            throws ConfigException {
        Instant start = clock.instant();
        BuildCache cache = mode == Mode.BUILD && cached ? BuildCache.open(config, notes) : null;
        SiteModel model;
        try {
            model = load(cache);
        } catch (IOException e) {
            return stopped(0, List.of(), IoReason.describe(null, e, config::display), start, null);
        } catch (OutOfMemoryError e) {
            return stopped(0, List.of(), outOfMemory(), start, null);
        }
        List<Problem> problems = model.problems();
        int pages = model.index().pages().size();
        if (model.fatal() != null) {
            return stopped(pages, problems, "the KPI feed could not be read; the previous output is left as it was",
                    start, model);
        }
        if (config.strict() && !problems.isEmpty()) {
            return stopped(pages, problems, "--strict: " + problems.size() + " problem(s); nothing was written",
                    start, model);
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        if (errors > 0 && config.layout().severities().errorsStopBuild()) {
            return stopped(pages, problems, errors + " error(s); nothing was written", start, model);
        }
        ThemeRenderer theme;
        try {
            theme = themeMaking.join();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // its maker reads no file
        }
        OutputSink sink;
        RenderCache render = null;
        try {
            sink = mode == Mode.CHECK ? new DiscardingSink() : StagedDirectory.open(config.outDir());
        } catch (IOException e) {
            return stopped(pages, problems, IoReason.describe(config.outDir(), e, config::display), start, model);
        }
        if (cache != null) {
            render = RenderCache.of(cache, model).orElse(null);
        }
        try {
            SiteWriter.write(SiteAssembly.of(model, theme, render == null ? null : cache.searchTerms()),
                    new PageRenderer(model, markdown, theme), sink, render);
            if (mode == Mode.BUILD) {
                BuildCache.discardOf(config.outDir()); // the output is about to change: no cache may describe it
            }
            sink.commit();
            if (render != null) {
                cache.save(render);
            }
        } catch (TemplateRenderException e) {
            sink.abort();
            List<Problem> all = new ArrayList<>(problems);
            all.add(Problem.error(ProblemCode.TEMPLATE, null, 0, 0, e.getMessage()));
            return stopped(pages, all, "a template failed; the previous output is left as it was", start, model);
        } catch (IOException | RuntimeException e) {
            sink.abort();
            IOException io = e instanceof IOException direct ? direct
                    : e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : null;
            String why = io != null ? IoReason.describe(null, io, config::display) : e.getMessage();
            return stopped(pages, problems, "writing the site failed: " + why
                    + "; the previous output is left as it was", start, model);
        } catch (OutOfMemoryError e) {
            sink.abort();
            return stopped(pages, problems, outOfMemory(), start, model);
        }
        return new BuildResult(pages, problems, mode == Mode.BUILD, null,
                Duration.between(start, clock.instant()), model.linkReport());
    }

    private static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "the build ran out of memory (Java heap of " + mb + " MB); give it more, for example"
                + " DOCSITE_EXTRA_JAVA_OPTS=-Xmx" + Math.max(2, 2 * mb / 1024) + "g ./docsite build (which keeps the"
                + " launcher's other settings);"
                + " the previous output is left as it was";
    }

    private BuildResult stopped(int pages, List<Problem> problems, String why, Instant start, SiteModel model) {
        return new BuildResult(pages, problems, false, why, Duration.between(start, clock.instant()),
                model == null ? null : model.linkReport());
    }
}
