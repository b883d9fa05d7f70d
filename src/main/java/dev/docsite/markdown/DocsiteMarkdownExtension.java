package dev.docsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.docsite.markdown.admonition.AdmonitionBlockParser;
import dev.docsite.markdown.kpi.InlineKpiParser;
import dev.docsite.markdown.mdx.DeepFencedCodeParser;
import dev.docsite.markdown.mdx.JsxBlockParser;
import dev.docsite.markdown.mdx.MdxCommentBlockParser;
import dev.docsite.markdown.mdx.MdxInlineParser;

/** Registers the Docusaurus/MDX syntax and the docsite node renderer with flexmark. */
final class DocsiteMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
        builder.customBlockParserFactory(new MdxCommentBlockParser.Factory());
        builder.customBlockParserFactory(new JsxBlockParser.Factory());
        builder.customBlockParserFactory(new DeepFencedCodeParser.Factory());
        builder.customInlineParserExtensionFactory(new MdxInlineParser.Factory());
        builder.customInlineParserExtensionFactory(new InlineKpiParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new DocsiteNodeRenderer());
    }
}
