package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentBlockParserFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Fenced code indented by four or more spaces. MDX has no indented code blocks, so such fences (typical inside
 * indented {@code <TabItem>} content) are code fences; flexmark's own fence parser stops at three spaces.
 * Produces ordinary {@link FencedCodeBlock} nodes.
 */
public final class DeepFencedCodeParser extends AbstractBlockParser {

    private final FencedCodeBlock block = new FencedCodeBlock();
    private final List<BasedSequence> lines = new ArrayList<>();
    private final char fenceChar;
    private final int fenceLength;
    private final int fenceIndent;
    private final BasedSequence openingLine;
    private BasedSequence closingLine;
    private boolean sawOpeningLine;

    private DeepFencedCodeParser(BasedSequence openingLine, char fenceChar, int fenceLength, int fenceIndent) {
        this.openingLine = openingLine;
        this.fenceChar = fenceChar;
        this.fenceLength = fenceLength;
        this.fenceIndent = fenceIndent;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closingLine != null) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        int nns = state.getNextNonSpaceIndex();
        int run = fenceRun(line, nns, fenceChar);
        if (run >= fenceLength && line.subSequence(nns + run).isBlank()) {
            closingLine = line.subSequence(nns);
            block.setClosingMarker(line.subSequence(nns, nns + run));
            return BlockContinue.finished();
        }
        int index = state.getIndex();
        int removed = 0;
        while (index < line.length() && line.charAt(index) == ' ' && removed < fenceIndent) {
            index++;
            removed++;
        }
        return BlockContinue.atIndex(index);
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        if (sawOpeningLine) {
            lines.add(line);
        }
        sawOpeningLine = true; // flexmark hands over the rest of the opening line first
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence last = closingLine != null ? closingLine : lines.isEmpty() ? openingLine : lines.get(lines.size() - 1);
        BasedSequence chars = openingLine.baseSubSequence(openingLine.getStartOffset(), last.getEndOffset());
        block.setContent(chars, lines);
        block.setChars(chars);
    }

    private static int fenceRun(BasedSequence line, int from, char c) {
        int i = from;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentBlockParserFactory {
        @Override
        protected BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() < 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int nns = state.getNextNonSpaceIndex();
            if (nns >= line.length()) {
                return BlockStart.none();
            }
            char c = line.charAt(nns);
            if (c != '`' && c != '~') {
                return BlockStart.none();
            }
            int run = fenceRun(line, nns, c);
            BasedSequence info = line.subSequence(nns + run).trim();
            if (run < 3 || (c == '`' && info.indexOf('`') >= 0)) {
                return BlockStart.none();
            }
            DeepFencedCodeParser parser = new DeepFencedCodeParser(line.subSequence(nns), c, run, state.getIndent());
            parser.block.setOpeningMarker(line.subSequence(nns, nns + run));
            if (!info.isEmpty()) {
                parser.block.setInfo(info);
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
