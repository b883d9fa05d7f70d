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
                SiteModuleValues.of(config), page.frontMatter().all());
    }

    /** An eighth of the maximum heap, in bytes. */
    public static long heapShare() {
        return Runtime.getRuntime().maxMemory() / 8;
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
