package dev.docsite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides the pages of a corpus (sections, titles, heading plans, which pages carry KPIs) from a seed, so that links
 * and {@code #anchors} to a page can be written before that page is.
 */
public final class CorpusPlanner {

    /** Random streams are separated by purpose so that changing how a page is written never changes its plan. */
    static final int PLAN_STREAM = 1;
    /** First of the streams used to write page bodies (one per attempt). */
    static final int BODY_STREAM = 100;

    private CorpusPlanner() {
    }

    public static CorpusPlan plan(int pageCount, long seed) {
        return plan(pageCount, seed, CorpusShape.DEFAULT);
    }

    public static CorpusPlan plan(int pageCount, long seed, CorpusShape shape) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("page count must be at least 1, got " + pageCount);
        }
        int sectionCount = shape.pagesPerSection() > 0
                ? (pageCount + shape.pagesPerSection() - 1) / shape.pagesPerSection()
                : Math.min(SectionCatalog.ALL.size(), pageCount);
        int width = Math.max(4, Integer.toString(pageCount).length());
        int kpiOffset = (int) Math.floorMod(seed, 3L);
        List<PagePlan> pages = new ArrayList<>(pageCount);
        List<CorpusSection> sections = new ArrayList<>(sectionCount);
        for (int s = 0; s < sectionCount; s++) {
            CorpusSection section = SectionCatalog.nth(s);
            sections.add(section);
            int from = (int) ((long) s * pageCount / sectionCount);
            int to = (int) ((long) (s + 1) * pageCount / sectionCount);
            for (int index = from; index < to; index++) {
                SplittableRandom random = randomFor(seed, index, PLAN_STREAM);
                String subject = Prose.pick(random, section.subjects());
                String kind = Prose.pick(random, Prose.DOC_KINDS);
                pages.add(new PagePlan(index, section, index - from + 1,
                        String.format("page-%0" + width + "d", index + 1),
                        Prose.title(random, subject, kind), Prose.sidebarLabel(subject, kind), subject, kind,
                        headings(random, subject, shape), shape.kpis() && (index + kpiOffset) % 3 == 0,
                        folder(index - from, to - from, shape.depth())));
            }
        }
        return new CorpusPlan(seed, sections, pages);
    }

    /**
     * The sub-folders of a page below its section at the shape's depth: each level splits its pages into up to 4
     * folders in order ({@code part-1/} ... at depth 2, {@code part-1/unit-3/} at depth 3, ...).
     */
    static String folder(int position, int sectionSize, int depth) {
        StringBuilder folder = new StringBuilder();
        String[] names = {"part", "unit", "topic"};
        long span = sectionSize;
        long at = position;
        for (int level = 1; level < depth; level++) {
            long per = Math.max(1, (span + 3) / 4);
            folder.append(names[level - 1]).append('-').append(at / per + 1).append('/');
            at %= per;
            span = per;
        }
        return folder.toString();
    }

    /**
     * 4 to 7 h2 headings (by default; about one per KB of a page of a given size), the first naming the subject, and
     * up to 6 h3 headings spread under the others.
     */
    private static List<PlannedHeading> headings(SplittableRandom random, String subject, CorpusShape shape) {
        List<String> h2Pool = new ArrayList<>(Prose.H2_POOL);
        List<String> h3Pool = new ArrayList<>(Prose.H3_POOL);
        int h2Count = shape.pageKb() == 0 ? 4 + random.nextInt(4)
                : Math.max(2, Math.min(Prose.H2_POOL.size(), shape.pageKb())) + random.nextInt(2);
        int h3Budget = shape.pageKb() == 0 ? random.nextInt(7) : random.nextInt(Math.min(7, shape.pageKb() + 1));
        List<PlannedHeading> headings = new ArrayList<>();
        headings.add(PlannedHeading.of(2, subject + " at a glance"));
        for (int i = 1; i < h2Count; i++) {
            headings.add(PlannedHeading.of(2, h2Pool.remove(random.nextInt(h2Pool.size()))));
            int h3Count = Math.min(h3Budget, random.nextInt(3));
            h3Budget -= h3Count;
            for (int j = 0; j < h3Count; j++) {
                headings.add(PlannedHeading.of(3, h3Pool.remove(random.nextInt(h3Pool.size()))));
            }
        }
        return headings;
    }

    /** An independent random source for one page and purpose; same inputs, same sequence. */
    static SplittableRandom randomFor(long seed, int pageIndex, int stream) {
        return new SplittableRandom(mix(mix(seed) ^ (pageIndex * 0x9E3779B97F4A7C15L) ^ ((long) stream << 56)));
    }

    /** SplitMix64 finalizer: spreads nearby inputs over the whole seed space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
