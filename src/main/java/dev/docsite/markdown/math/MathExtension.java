package dev.docsite.markdown.math;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers the math syntax with flexmark's parser, for a site that turns math on. */
public final class MathExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MathBlockParser.Factory());
        builder.customInlineParserExtensionFactory(new InlineMathParser.Factory());
    }
}
