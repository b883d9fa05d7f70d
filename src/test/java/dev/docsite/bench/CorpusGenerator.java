package dev.docsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a synthetic, seeded documentation site for benchmarks: {@code pages} Markdown pages of a security
 * programme handbook in ~20 sections, diagrams, a KPI feed, {@code site.yml} for docsite and {@code hugo/} for Hugo,
 * all built from the same Markdown. The same seed always gives byte-identical files.
 *
 * <pre>
 * site.yml                      docsite configuration
 * content/index.md              home page
 * content/section-NN-name/      _category_.yml, index.md, page-0001.md ...
 * static/img/diagram-N.svg      images the pages embed
 * data/kpi-feed.json            KPI feed matching the ids pages reference
 * hugo/hugo.toml, hugo/sections Hugo configuration (see {@link HugoSiteWriter})
 * </pre>
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 42L;

    private CorpusGenerator() {
    }

    /** {@code <outDir> <pages> [seed]}; exits 2 with a usage message on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            usage("expected 2 to 4 arguments, got " + args.length);
            return;
        }
        int pages;
        long seed;
        CorpusShape shape;
        try {
            pages = Integer.parseInt(args[1]);
            seed = args.length >= 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
            shape = args.length == 4 ? CorpusShape.parse(args[3]) : CorpusShape.DEFAULT;
        } catch (NumberFormatException e) {
            usage("pages and seed must be whole numbers: " + e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        long started = System.nanoTime();
        try {
            CorpusSummary summary = generate(Path.of(args[0]), pages, seed, shape);
            System.out.printf("wrote %d pages (+%d index pages, %d with KPIs) to %s in %d ms%n", summary.pages(),
                    summary.indexPages(), summary.kpiPages(), summary.siteRoot(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("corpus generator: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        System.err.println("corpus generator: " + problem);
        System.err.println("usage: CorpusGenerator <outDir> <pages> [seed [shape]]   (outDir must be empty or missing;"
                + " seed defaults to " + DEFAULT_SEED + "; shape: key=value,... of sections=500 kb=4"
                + " mix=mixed|prose|tables|code|links depth=1..4 kpis=yes|no links=6 anchors=35)");
        System.exit(2);
    }

    /**
     * Writes the corpus into {@code outDir}, which must be missing or empty so that the result depends only on the
     * arguments.
     *
     * @throws IllegalArgumentException when {@code pages < 1} or {@code outDir} is not empty
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static CorpusSummary generate(Path outDir, int pages, long seed) {
        return generate(outDir, pages, seed, CorpusShape.DEFAULT);
    }

    /** As {@link #generate(Path, int, long)}, in the given shape. */
    public static CorpusSummary generate(Path outDir, int pages, long seed, CorpusShape shape) {
        Path root = outDir.toAbsolutePath().normalize();
        requireEmpty(root);
        CorpusPlan plan = CorpusPlanner.plan(pages, seed, shape);
        Path content = root.resolve("content");
        String title = IndexPageWriter.HANDBOOK_TITLE + " (" + pages + " pages, seed " + seed + ")";

        for (CorpusSection section : plan.sections()) {
            Path dir = content.resolve(section.dirName());
            String index = IndexPageWriter.sectionIndex(section, plan.pagesOf(section));
            write(dir.resolve("_category_.yml"), IndexPageWriter.category(section));
            write(dir.resolve("index.md"), index);
            write(root.resolve("hugo/sections").resolve(section.dirName()).resolve("_index.md"), index);
        }
        String home = IndexPageWriter.home(plan.sections(), pages);
        write(content.resolve("index.md"), home);
        write(root.resolve("hugo/sections/_index.md"), home);

        PageWriter writer = new PageWriter(plan, shape);
        List<PagePlan> all = plan.pages();
        // Each page depends only on the plan and its own random stream, so writing in parallel keeps the bytes stable.
        IntStream.range(0, all.size()).parallel().forEach(i -> {
            PagePlan page = all.get(i);
            write(content.resolve(page.contentPath()), writer.write(page));
        });

        for (int n = 1; n <= PageWriter.DIAGRAMS; n++) {
            write(root.resolve("static/img/diagram-" + n + ".svg"), DiagramWriter.svg(n, seed));
        }
        write(root.resolve("data/kpi-feed.json"), KpiFeedWriter.json(seed));
        write(root.resolve("site.yml"), siteYml(title));
        write(root.resolve("hugo/hugo.toml"), HugoSiteWriter.config(title));

        PagePlan first = all.get(0);
        int kpiPages = (int) all.stream().filter(PagePlan::hasKpis).count();
        return new CorpusSummary(root, pages, plan.sections().size() + 1, kpiPages, KpiCatalog.ALL.size(),
                first.url(), content.resolve(first.contentPath()));
    }

    private static String siteYml(String title) {
        // max_age is generous because the feed's dates are fixed by the seed and would otherwise turn stale.
        return "title: " + Yaml.quote(title) + "\n"
                + "content: content\n"
                + "static: static\n"
                + "out: site-output\n"
                + "kpi:\n"
                + "  feed: data/kpi-feed.json\n"
                + "  max_age: 3650d\n";
    }

    private static void requireEmpty(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is a file; give a missing or empty folder");
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(root + " is not empty; remove it or give a new folder so the "
                        + "corpus depends only on pages and seed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
