package dev.docsite.site;

import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.PageAnalysis;
import dev.docsite.markdown.ParsedPage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses page bodies for the content stage and decides which pages keep their {@link
 * dev.docsite.markdown.BodyTemplate} until they are rendered: all of them while the templates fit in an eighth of
 * the heap (about 10,000 pages of the benchmark corpus in a 1 GiB heap), so a page is parsed once per build; beyond
 * that the rest keep only their outline and are parsed again when rendered. A larger share left 50,000 pages too
 * little heap for everything else a build holds. Thread-safe.
 */
public final class TemplateBudget {

    private final MarkdownEngine markdown;
    private final long limitBytes;
    private final AtomicLong usedBytes = new AtomicLong();

    public TemplateBudget(MarkdownEngine markdown, long limitBytes) {
        this.markdown = markdown;
        this.limitBytes = limitBytes;
    }

    /** A budget of {@link #heapShare()}. */
    public static TemplateBudget ofHeap(MarkdownEngine markdown) {
        return new TemplateBudget(markdown, heapShare());
    }

    /** An eighth of the maximum heap, in bytes. */
    public static long heapShare() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    public ParsedPage parse(String body) {
        if (usedBytes.get() >= limitBytes) {
            PageAnalysis analysis = markdown.analysis(body);
            return new ParsedPage(analysis.outline(), null, analysis.notices());
        }
        ParsedPage parsed = markdown.prepare(body);
        if (usedBytes.addAndGet(parsed.body().footprint()) > limitBytes) {
            return new ParsedPage(parsed.outline(), null, parsed.notices());
        }
        return parsed;
    }
}
