package dev.docsite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.source.LineMap;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about one parsed page: the (transformed) tree, where each part of it came from, and what the
 * outline collector found for each node, so that rendering reports exactly the same positions as the outline.
 * Per call, never shared between threads.
 */
final class PageModel {
    /** Plain text of the page (code left out). */
    final StringBuilder text = new StringBuilder();
    /** Where each heading's words start and end in {@link #text}, two numbers per heading, in heading order. */
    final List<Integer> headingSpans = new ArrayList<>();


    /** Where a subtree was parsed from: its positions map and its document (for reference definitions). */
    record Origin(LineMap map, Document document) {
    }

    /** A resolved Markdown link or image. */
    record LinkTarget(LinkRef ref, String title) {
    }

    private final Document document;
    private final Origin rootOrigin;
    private final Map<Node, Origin> origins = new IdentityHashMap<>();

    final Map<Node, String> explicitIds = new IdentityHashMap<>();
    final Map<Node, Heading> headings = new IdentityHashMap<>();
    final Map<Node, LinkTarget> links = new IdentityHashMap<>();
    final Map<Node, LineMap> rawHtml = new IdentityHashMap<>();
    /**
     * For raw HTML nodes, the expression attributes evaluated with the file's bindings: by the source offset of the
     * attribute, its value as a JavaScript literal, or {@code null} when the evaluation failed (already reported).
     */
    final Map<Node, Map<Integer, String>> rawValues = new IdentityHashMap<>();
    final Map<Node, List<String>> kpiBlocks = new IdentityHashMap<>();
    /** The light and dark image of each {@code <ThemedImage>}, as links (either may be absent: {@code null}). */
    final Map<Node, LinkRef[]> themedImages = new IdentityHashMap<>();

    final List<Heading> headingList = new ArrayList<>();
    final List<LinkRef> linkList = new ArrayList<>();
    final Set<String> elementIds = new LinkedHashSet<>();
    final List<KpiRef> kpiRefs = new ArrayList<>();
    final List<MarkdownNotice> notices = new ArrayList<>();
    /** Each {@code <DocCardList />}, as the warning it is when the page turns out to be in no sidebar category. */
    final List<MarkdownNotice> docCardLists = new ArrayList<>();
    /** The partials included, in the order first included. */
    final Set<java.nio.file.Path> partials = new LinkedHashSet<>();
    /** For each partial's display path, where it was first included ({@code docs/page.md:12}). */
    final Map<String, String> includedAt = new java.util.HashMap<>();
    final PageSource source;
    /** The page's footnotes, numbered when the outline is collected. */
    dev.docsite.markdown.footnote.FootnoteNumbers footnotes = dev.docsite.markdown.footnote.FootnoteNumbers.NONE;
    String firstH1;
    /** Whether the page has {@code import} or {@code export} statements. */
    boolean hasEsm;

    PageModel(Document document, LineMap map, PageSource source) {
        this.document = document;
        this.rootOrigin = new Origin(map, document);
        this.source = source;
    }

    /** A notice at a position of {@code map}'s file, saying which page includes it when that is a partial. */
    void notice(dev.docsite.problem.ProblemCode code, dev.docsite.problem.Severity severity, LineMap map, int line,
                int column, String message) {
        notices.add(located(code, severity, map, line, column, message));
    }

    /** A notice at a position of {@code map}'s file, not reported (yet). */
    MarkdownNotice located(dev.docsite.problem.ProblemCode code, dev.docsite.problem.Severity severity, LineMap map,
                           int line, int column, String message) {
        String where = map.file() == null ? "" : " (in a partial included at " + includedAt.get(map.file()) + ")";
        return new MarkdownNotice(code, severity, map.file(), line, column, message + where);
    }

    Document document() {
        return document;
    }

    Origin rootOrigin() {
        return rootOrigin;
    }

    /** Marks {@code node} (and its subtree) as parsed from a nested document. */
    void registerOrigin(Node node, Origin origin) {
        origins.put(node, origin);
    }

    /** The origin of {@code node}: its own if it was grafted from a nested parse, else the inherited one. */
    Origin originOf(Node node, Origin inherited) {
        Origin own = origins.get(node);
        return own != null ? own : inherited;
    }

    PageOutline outline() {
        String all = text.toString();
        String stripped = all.strip();
        int lead = all.length() - all.stripLeading().length();
        List<Integer> spans = new ArrayList<>(headingSpans.size());
        for (int at : headingSpans) {
            spans.add(Math.max(0, Math.min(stripped.length(), at - lead)));
        }
        return new PageOutline(firstH1, headingList, elementIds, linkList, kpiRefs, stripped, List.copyOf(partials),
                spans, docCardLists);
    }

    PageAnalysis analysis() {
        return new PageAnalysis(outline(), notices);
    }
}
