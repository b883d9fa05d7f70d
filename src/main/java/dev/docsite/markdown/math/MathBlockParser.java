package dev.docsite.markdown.math;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentBlockParserFactory;

/**
 * Parses a displayed formula: a line of {@code $$} (indented at most three spaces), the TeX lines, and a closing
 * {@code $$} line. Like a code fence, an unclosed block runs to the end of its container, and it may interrupt a
 * paragraph.
 */
public final class MathBlockParser extends AbstractBlockParser {

    private static final String FENCE = "$$";

    private final MathBlock block;
    private boolean closed;

    private MathBlockParser(BasedSequence firstLine) {
        this.block = new MathBlock(firstLine);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        if (isFence(line, state.getIndent(), state.getNextNonSpaceIndex())) {
            closed = true;
            extendTo(line);
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        block.addLine(line.trimEOL());
        extendTo(line);
    }

    private void extendTo(BasedSequence line) {
        BasedSequence chars = block.getChars();
        block.setChars(chars.baseSubSequence(chars.getStartOffset(), line.getEndOffset()));
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    private static boolean isFence(BasedSequence line, int indent, int at) {
        return indent < 4 && line.matchChars(FENCE, at) && line.subSequence(at + FENCE.length()).isBlank();
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentBlockParserFactory {
        @Override
        protected BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            if (!isFence(line, state.getIndent(), state.getNextNonSpaceIndex())) {
                return BlockStart.none();
            }
            return BlockStart.of(new MathBlockParser(line.subSequence(state.getNextNonSpaceIndex())))
                    .atIndex(line.length());
        }
    }
}
