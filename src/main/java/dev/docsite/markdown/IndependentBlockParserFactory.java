package dev.docsite.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;

/** Registers a block syntax with flexmark; a subclass only says where a block of its syntax starts. */
public abstract class IndependentBlockParserFactory extends IndependentParserFactory implements CustomBlockParserFactory {

    /**
     * flexmark's {@code tryStart}: the block parser that starts at the current line, or {@link BlockStart#none()}.
     *
     * @param state              the parser's state on the current line
     * @param matchedBlockParser the innermost block parser that matched the line so far
     */
    protected abstract BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser);

    @Override
    public final BlockParserFactory apply(DataHolder options) {
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                return IndependentBlockParserFactory.this.tryStart(state, matchedBlockParser);
            }
        };
    }
}
