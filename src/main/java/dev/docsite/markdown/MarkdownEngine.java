package dev.docsite.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.docsite.markdown.source.LineMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Markdown stage: Docusaurus-flavoured Markdown (CommonMark + GFM, admonitions, MDX imports/comments/JSX,
 * tabs, explicit heading ids, KPIs) to an outline and to body HTML.
 * <p>
 * One instance is shared by all threads: the flexmark parser and renderer are built once and are immutable;
 * every call works on its own parse tree. Positions reported (headings, links, KPIs) are 1-based lines and
 * columns of the page source, which is the whole file with its frontmatter replaced by as many empty lines.
 * <p>
 * Indented code blocks are off, as in MDX 2+ (Docusaurus 3): indentation inside JSX components is common and must
 * not turn text into code.
 */
public final class MarkdownEngine {

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public MarkdownEngine() {
        MutableDataSet options = options(true);
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(options(false)).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private static MutableDataSet options(boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), new DocsiteMarkdownExtension()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.CODE_BLOCK_INDENT, 1000);
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        return options;
    }

    /** Parses {@code source} and returns its headings, anchors, links and KPI references. */
    public PageOutline outline(String source) {
        return analyze(source).outline();
    }

    /**
     * Like {@link #outline}, plus notices about unknown MDX components, unknown admonition types and unclosed
     * admonitions (rendered leniently; the pipeline may report them as warnings).
     */
    public PageAnalysis analysis(String source) {
        return analyze(source).analysis();
    }

    /**
     * Renders the body HTML of {@code source}, asking {@code ctx} for every link and image URL (with the same
     * {@link LinkRef} as in {@link #outline}), for KPI widgets and for what follows each heading.
     */
    public String render(String source, RenderContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        PageModel model = analyze(source);
        Document document = model.document();
        RenderState.KEY.set(document, new RenderState(model, ctx));
        return renderer.render(document);
    }

    static boolean mayHaveBareLinks(String text) {
        return text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0;
    }

    private PageModel analyze(String source) {
        String text = source == null ? "" : source;
        // bare-URL detection walks every text node; most guides have no bare URL at all
        Parser chosen = mayHaveBareLinks(text) ? parser : parserWithoutAutolinks;
        Document document = chosen.parse(text);
        PageModel model = new PageModel(document, LineMap.identity(text));
        new PageTransformer(chosen, model).transform();
        new OutlineCollector(model).collect();
        return model;
    }
}
