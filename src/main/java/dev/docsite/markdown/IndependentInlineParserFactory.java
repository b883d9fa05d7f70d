package dev.docsite.markdown;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.function.Supplier;

/** Registers an inline syntax with flexmark: the characters that may start it and its parser. */
public abstract class IndependentInlineParserFactory extends IndependentParserFactory
        implements InlineParserExtensionFactory {

    private final String characters;
    private final Supplier<InlineParserExtension> parser;

    /**
     * @param characters every character that may start the syntax; flexmark calls the parser only on these
     * @param parser     a new parser per document
     */
    protected IndependentInlineParserFactory(String characters, Supplier<InlineParserExtension> parser) {
        this.characters = characters;
        this.parser = parser;
    }

    @Override
    public final CharSequence getCharacters() {
        return characters;
    }

    @Override
    public final InlineParserExtension apply(LightInlineParser lightInlineParser) {
        return parser.get();
    }
}
