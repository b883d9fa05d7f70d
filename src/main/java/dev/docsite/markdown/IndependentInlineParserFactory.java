package dev.docsite.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;

/**
 * Registers an inline syntax with flexmark: the characters that may start it and how it is parsed there. docsite's
 * inline syntaxes keep no state between matches, so they are one function and need nothing at the end of a block or
 * document.
 */
public abstract class IndependentInlineParserFactory extends IndependentParserFactory
        implements InlineParserExtensionFactory {

    /** Parses the syntax at the parser's index; true when it matched and advanced the index. */
    @FunctionalInterface
    protected interface InlineSyntax {
        boolean parse(LightInlineParser parser);
    }

    private final String characters;
    private final InlineSyntax syntax;

    /**
     * @param characters every character that may start the syntax; flexmark calls the parser only on these
     * @param syntax     the parser
     */
    protected IndependentInlineParserFactory(String characters, InlineSyntax syntax) {
        this.characters = characters;
        this.syntax = syntax;
    }

    @Override
    public final CharSequence getCharacters() {
        return characters;
    }

    @Override
    public final InlineParserExtension apply(LightInlineParser lightInlineParser) {
        return new InlineParserExtension() {
            @Override
            public void finalizeDocument(InlineParser inlineParser) {
            }

            @Override
            public void finalizeBlock(InlineParser inlineParser) {
            }

            @Override
            public boolean parse(LightInlineParser parser) {
                return syntax.parse(parser);
            }
        };
    }
}
