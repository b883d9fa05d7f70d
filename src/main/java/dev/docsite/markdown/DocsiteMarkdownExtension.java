package dev.docsite.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.docsite.markdown.admonition.AdmonitionBlockParser;
import dev.docsite.markdown.kpi.InlineKpiParser;
import dev.docsite.markdown.mdx.DeepFencedCodeParser;
import dev.docsite.markdown.mdx.JsxBlockParser;
import dev.docsite.markdown.mdx.MdxCommentBlockParser;
import dev.docsite.markdown.mdx.MdxInlineParser;
import dev.docsite.markdown.nesting.LinearThematicBreak;

/** Registers the Docusaurus/MDX syntax with flexmark's parser (their HTML is written by {@link DocsiteHtml}). */
final class DocsiteMarkdownExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new LinearThematicBreak());
        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
        builder.customBlockParserFactory(new MdxCommentBlockParser.Factory());
        builder.customBlockParserFactory(new JsxBlockParser.Factory());
        builder.customBlockParserFactory(new DeepFencedCodeParser.Factory());
        builder.customInlineParserExtensionFactory(new MdxInlineParser.Factory());
        builder.customInlineParserExtensionFactory(new InlineKpiParser.Factory());
    }
}
