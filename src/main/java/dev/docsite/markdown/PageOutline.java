package dev.docsite.markdown;

import java.util.List;
import java.util.Set;

/**
 * What the rest of the pipeline needs to know about a page body before any page is rendered:
 * its headings (TOC, anchors), other element ids (anchors), outgoing links and KPI references.
 * Kept for every page, so it holds no parse tree.
 *
 * @param firstH1    text of the first level-1 heading, or {@code null} (title fallback)
 * @param headings   all headings in document order
 * @param elementIds ids of non-heading elements that a {@code #fragment} may target (raw HTML ids)
 * @param links      every link and image in document order, except those in code
 * @param kpiRefs    every KPI referenced in the body
 * @param plainText  the page's plain text (code left out), for search and excerpts: all of it, so that every
 *                   section's words are searchable; kept deflated, since it is read only by the search index after
 *                   rendering and by excerpts ({@link #text()} gives it as a string)
 * @param partials   the partials the page includes (absolute paths), directly or through other partials: a change
 *                   to one of them changes the page
 * @param headingSpans for each heading, where its words start and end in {@code text} (two numbers per heading, at
 *                   most {@code text.length()}; empty when not known), so search can tell which section a word is in
 * @param docCardLists each {@code <DocCardList />} of the page (partials included), as the warning to report when the
 *                   page is in no sidebar category, which only the site stage knows
 */
public record PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                          List<KpiRef> kpiRefs, DeflatedText plainText, List<java.nio.file.Path> partials,
                          List<Integer> headingSpans, List<MarkdownNotice> docCardLists) {

    public PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                       List<KpiRef> kpiRefs, String text, List<java.nio.file.Path> partials,
                       List<Integer> headingSpans, List<MarkdownNotice> docCardLists) {
        this(firstH1, headings, elementIds, links, kpiRefs, DeflatedText.of(text), partials, headingSpans,
                docCardLists);
    }

    public PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                       List<KpiRef> kpiRefs, String text, List<java.nio.file.Path> partials,
                       List<Integer> headingSpans) {
        this(firstH1, headings, elementIds, links, kpiRefs, text, partials, headingSpans, List.of());
    }

    public PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                       List<KpiRef> kpiRefs, String text, List<java.nio.file.Path> partials) {
        this(firstH1, headings, elementIds, links, kpiRefs, text, partials, List.of());
    }

    public PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                       List<KpiRef> kpiRefs, String text) {
        this(firstH1, headings, elementIds, links, kpiRefs, text, List.of());
    }

    public PageOutline(String firstH1, List<Heading> headings, Set<String> elementIds, List<LinkRef> links,
                       List<KpiRef> kpiRefs) {
        this(firstH1, headings, elementIds, links, kpiRefs, "");
    }

    public PageOutline {
        headings = List.copyOf(headings);
        elementIds = Set.copyOf(elementIds);
        links = List.copyOf(links);
        kpiRefs = List.copyOf(kpiRefs);
        partials = List.copyOf(partials);
        headingSpans = TextOffsets.copyOf(headingSpans);
        docCardLists = List.copyOf(docCardLists);
    }

    /** The page's plain text (code left out), for search and excerpts (inflated on each call). */
    public String text() {
        return plainText.text();
    }

    /** True when {@code fragment} names a heading or element of this page. */
    public boolean hasAnchor(String fragment) {
        if (elementIds.contains(fragment)) {
            return true;
        }
        for (Heading h : headings) {
            if (h.id().equals(fragment)) {
                return true;
            }
        }
        return false;
    }
}
