package dev.docsite.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole corpus decided before any file is written: which pages exist, where, and which headings each has.
 * Immutable.
 */
public final class CorpusPlan {

    private final long seed;
    private final List<CorpusSection> sections;
    private final List<PagePlan> pages;
    private final Map<String, List<PagePlan>> bySection = new LinkedHashMap<>();

    /**
     * @param seed     seed everything was derived from
     * @param sections sections that hold at least one page, in order
     * @param pages    every regular page, in index order, each section's pages contiguous
     */
    public CorpusPlan(long seed, List<CorpusSection> sections, List<PagePlan> pages) {
        this.seed = seed;
        this.sections = List.copyOf(sections);
        this.pages = List.copyOf(pages);
        int start = 0;
        for (int i = 1; i <= this.pages.size(); i++) {
            if (i == this.pages.size() || this.pages.get(i).section() != this.pages.get(start).section()) {
                bySection.put(this.pages.get(start).section().dirName(), this.pages.subList(start, i));
                start = i;
            }
        }
    }

    public long seed() {
        return seed;
    }

    public List<CorpusSection> sections() {
        return sections;
    }

    public List<PagePlan> pages() {
        return pages;
    }

    /** Pages of one section in sidebar order. */
    public List<PagePlan> pagesOf(CorpusSection section) {
        return bySection.getOrDefault(section.dirName(), List.of());
    }
}
