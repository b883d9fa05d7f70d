package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.SourceFile;
import dev.docsite.config.ContentRoot;
import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.PageSource;
import dev.docsite.markdown.partial.PartialFiles;
import dev.docsite.markdown.partial.SitePartialFiles;
import dev.docsite.markdown.scope.ModuleValues;
import dev.docsite.markdown.scope.SiteModuleValues;
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

    /**
     * What a page holds from loading to rendering besides its template, with some room: 10 KB on the corpus
     * (outline, deflated text and Markdown, frontmatter, link verdicts, sidebar entry; docs/benchmarks.md).
     */
    static final long KEPT_PER_PAGE = 12 * 1024;

    private final MarkdownEngine markdown;
    private final long limitBytes;
    private final AtomicLong usedBytes = new AtomicLong();
    private final PartialFiles partials;
    private final ModuleValues modules;

    public TemplateBudget(MarkdownEngine markdown, long limitBytes) {
        this(markdown, limitBytes, PartialFiles.NONE);
    }

    /** @param partials reads the partials pages import */
    public TemplateBudget(MarkdownEngine markdown, long limitBytes, PartialFiles partials) {
        this(markdown, limitBytes, partials, ModuleValues.NONE);
    }

    /** @param modules evaluates the expressions using pages' exports and imported site modules */
    public TemplateBudget(MarkdownEngine markdown, long limitBytes, PartialFiles partials, ModuleValues modules) {
        this.markdown = markdown;
        this.limitBytes = limitBytes;
        this.partials = partials;
        this.modules = modules;
    }

    /** A budget of {@link #heapShare()}. */
    public static TemplateBudget ofHeap(MarkdownEngine markdown) {
        return new TemplateBudget(markdown, heapShare());
    }

    /** A budget of {@link #heapShare()} for the pages of {@code config}'s site. */
    public static TemplateBudget ofHeap(MarkdownEngine markdown, SiteConfig config) {
        return new TemplateBudget(markdown, heapShare(), SitePartialFiles.of(config), SiteModuleValues.of(config));
    }

    /**
     * What {@code page} is parsed from when it is parsed again to be rendered: as when it was loaded, so that a page
     * beyond the budget renders exactly as one within it.
     */
    static PageSource sourceOf(dev.docsite.content.Page page, SiteConfig config) {
        return new PageSource(page.source().path(), page.source().displayPath(), SitePartialFiles.of(config),
                SiteModuleValues.of(config), page.frontMatter().all(),
                page.source().root().kind() == ContentRoot.Kind.BLOG); // its summary is cut for the blog's lists
    }

    /** An eighth of the maximum heap, in bytes. */
    public static long heapShare() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** {@link #budgetFor(long, int)} of the maximum heap. */
    public static long heapShare(int pages) {
        return budgetFor(Runtime.getRuntime().maxMemory(), pages);
    }

    /**
     * The budget for the templates of a site of {@code pages} pages in a heap of {@code heap} bytes: an eighth of it,
     * but no more than what is left of half the heap once every page holds what it keeps anyway until rendering
     * ({@link #KEPT_PER_PAGE}); the other half is for rendering and the search index. So 10,000 pages in 1 GiB
     * keep every template as before, while 100,000 pages in 2 GiB keep none: there a template (6.5 KB per page of
     * the corpus) would take the room the pages' outlines need, and parsing a page again costs less than
     * a heap that is always full.
     */
    static long budgetFor(long heap, int pages) {
        return Math.max(0, Math.min(heap / 8, heap / 2 - pages * KEPT_PER_PAGE));
    }

    public ParsedPage parse(String body) {
        return parse(null, null, body);
    }

    /**
     * Parses the body of {@code file} ({@code null}: a body that is no file, whose partials are not read) with its
     * frontmatter ({@code null}: none).
     */
    public ParsedPage parse(SourceFile file, FrontMatter frontMatter, String body) {
        PageSource from = file == null ? PageSource.NONE
                : new PageSource(file.path(), file.displayPath(), partials, modules,
                        frontMatter == null ? null : frontMatter.all(),
                        file.root().kind() == ContentRoot.Kind.BLOG); // the blog's lists cut summaries from posts
        if (usedBytes.get() >= limitBytes) {
            PageAnalysis analysis = markdown.analysis(body, from);
            return new ParsedPage(analysis.outline(), null, analysis.notices());
        }
        ParsedPage parsed = markdown.prepare(body, from);
        if (usedBytes.addAndGet(parsed.body().footprint()) > limitBytes) {
            return new ParsedPage(parsed.outline(), null, parsed.notices());
        }
        return parsed;
    }
}
