package dev.docsite.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.docsite.markdown.autolink.LazyAutolinkExtension;
import dev.docsite.markdown.footnote.FootnoteHtml;
import dev.docsite.markdown.html.NodeWriters;
import dev.docsite.markdown.inline.MatchInPlaceExtension;
import dev.docsite.markdown.math.MathExtension;
import dev.docsite.markdown.nesting.NestingGuard;
import dev.docsite.markdown.table.SharedTableParsing;
import dev.docsite.problem.ProblemCode;
import dev.docsite.markdown.source.LineMap;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Markdown stage: Docusaurus-flavoured Markdown (CommonMark + GFM with footnotes, admonitions, MDX imports/comments/JSX,
 * tabs, explicit heading ids, KPIs) to an outline and to body HTML.
 * <p>
 * One instance is shared by all threads: the flexmark parser and the body writers ({@link DocsiteHtml}) are built
 * once and are immutable; every call works on its own parse tree. Positions reported (headings, links, KPIs) are 1-based lines and
 * columns of the page source, which is the whole file with its frontmatter replaced by as many empty lines.
 * <p>
 * Indented code blocks are off, as in MDX 2+ (Docusaurus 3): indentation inside JSX components is common and must
 * not turn text into code.
 */
public final class MarkdownEngine {

    private final Parser parser;
    private final NodeWriters<BodyRendering> writers;
    private final boolean math;

    /** An engine without the syntax a site must turn on (math). */
    public MarkdownEngine() {
        this(false);
    }

    /**
     * @param math whether {@code $…$} and {@code $$} blocks are formulas, as with remark-math; without it a dollar is
     *             text, as in Docusaurus without the plugin
     */
    public MarkdownEngine(boolean math) {
        this.math = math;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(SharedTableParsing.create(),
                StrikethroughExtension.create(), TaskListExtension.create(), FootnoteExtension.create(), LazyAutolinkExtension.create(),
                MatchInPlaceExtension.create(), new DocsiteMarkdownExtension()));
        if (math) {
            extensions.add(new MathExtension());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.CODE_BLOCK_INDENT, 1000);
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        // CommonMark's block tag names match in any case, so a line starting with Docusaurus's <Link id="x"/> and
        // text would be a raw HTML block with its Markdown left unparsed; MDX has no HTML blocks, and <link> (the
        // only other reader) is a void tag for the head. It is an inline tag without it (a complete tag alone on a
        // line still starts a block).
        options.set(Parser.HTML_BLOCK_TAGS, Parser.HTML_BLOCK_TAGS.get(null).stream()
                .filter(name -> !name.equals("link")).toList());
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.writers = DocsiteHtml.writers(options);
    }

    /** Whether this engine reads {@code $…$} and {@code $$} blocks as formulas. */
    public boolean math() {
        return math;
    }

    /** Parses {@code source} and returns its headings, anchors, links and KPI references. */
    public PageOutline outline(String source) {
        return analyze(source, PageSource.NONE).outline();
    }

    /**
     * Like {@link #outline}, plus notices about unknown MDX components, unknown admonition types and unclosed
     * admonitions (rendered leniently; the pipeline may report them as warnings).
     */
    public PageAnalysis analysis(String source) {
        return analyze(source, PageSource.NONE).analysis();
    }

    /** {@link #analysis(String)} of a page file, whose imported partials are included. */
    public PageAnalysis analysis(String source, PageSource from) {
        return analyze(source, from).analysis();
    }

    /**
     * Parses {@code source} once for both its outline and its {@link BodyTemplate}, which
     * {@link BodyTemplate#fill} turns into body HTML, asking a {@link RenderContext} for every link and image URL (with
     * the same {@link LinkRef} as in the outline), for KPI widgets and for what follows each heading.
     */
    public ParsedPage prepare(String source) {
        return prepare(source, PageSource.NONE);
    }

    /** {@link #prepare(String)} of a page file, whose imported partials are included. */
    public ParsedPage prepare(String source, PageSource from) {
        String text = source == null ? "" : source;
        PageModel model = analyze(text, from);
        return new ParsedPage(model.outline(), template(model, text), model.notices);
    }

    /** Renders the body HTML of {@code source} in one go: {@link #prepare} and {@link BodyTemplate#fill}. */
    public String render(String source, RenderContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        return prepare(source).body().fill(ctx);
    }

    private BodyTemplate template(PageModel model, String source) {
        Document document = model.document();
        char marker = 0;
        while (true) {
            // A marker absent from the source can still come out of a character reference (&#xE000;): try the next.
            marker = BodyTemplate.nextMarker(source, marker);
            RenderState state = new RenderState(model, marker);
            BodyRendering rendering = new BodyRendering(writers, state, source.length() + source.length() / 4);
            BlockBoundaries.Recorder parts = model.source.parts() ? BlockBoundaries.Recorder.of(model, source) : null;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (parts != null) {
                    parts.before(block, rendering.out(), state.slots().size());
                }
                rendering.render(block);
            }
            FootnoteHtml.section(model.footnotes, rendering);
            BlockBoundaries boundaries = parts == null ? BlockBoundaries.NONE
                    : parts.end(rendering.out(), state.slots().size());
            BodyTemplate template = BodyTemplate.of(rendering.out().finish(), state.slots(), marker, boundaries);
            if (template != null) {
                return template;
            }
        }
    }

    private PageModel analyze(String source, PageSource from) {
        String text = source == null ? "" : source;
        NestingGuard.Excess excess = NestingGuard.firstExcess(text);
        if (excess != null) {
            text = NestingGuard.keptAsText(text, excess.line());
        }
        Document document = parser.parse(text);
        PageModel model = new PageModel(document, LineMap.identity(text), from);
        if (excess != null) {
            model.notices.add(new MarkdownNotice(ProblemCode.NESTING, excess.line(), 1, excess.what()
                    + " nested more than " + NestingGuard.MAX_DEPTH + " levels deep; from this line on the page is "
                    + "shown as plain text: nest less deeply"));
        }
        new PageTransformer(parser, model).transform();
        new OutlineCollector(model).collect();
        return model;
    }
}
