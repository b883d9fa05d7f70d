package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentBlockParserFactory;

/** Parses MDX comments that stand on lines of their own, possibly spanning several lines and blank lines. */
public final class MdxCommentBlockParser extends AbstractBlockParser {

    private final MdxCommentBlock block;
    private boolean closed;

    private MdxCommentBlockParser(BasedSequence firstLine, boolean closed) {
        this.block = new MdxCommentBlock(firstLine);
        this.closed = closed;
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
        if (JsxTagScanner.indexOf(line, "*/}", 0, line.length()) >= 0) {
            closed = true;
            BasedSequence chars = block.getChars();
            block.setChars(chars.baseSubSequence(chars.getStartOffset(), line.getEndOffset()));
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(line.length());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // the comment is dropped
    }

    @Override
    public void closeBlock(ParserState state) {
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentBlockParserFactory {
        @Override
        protected BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            int i = state.getNextNonSpaceIndex();
            if (!JsxTagScanner.startsWith(line, i, "{/*") || matchedBlockParser.getBlockParser().isParagraphParser()) {
                return BlockStart.none();
            }
            int end = JsxTagScanner.indexOf(line, "*/}", i + 3, line.length());
            if (end >= 0 && !line.subSequence(end + 3).isBlank()) {
                return BlockStart.none(); // text follows: an inline comment in a paragraph
            }
            return BlockStart.of(new MdxCommentBlockParser(line.subSequence(i), end >= 0)).atIndex(line.length());
        }
    }
}
