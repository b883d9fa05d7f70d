package dev.docsite.markdown.admonition;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentBlockParserFactory;
import java.util.List;

/**
 * Parses admonition containers the way Docusaurus (remark-directive) does: an opening fence of three or more
 * colons with a type and an optional title ({@code :::tip[Pro tip]} or {@code :::tip Pro tip}), Markdown content,
 * and a closing fence with at least as many colons. Being a flexmark container, it works inside list items and
 * block quotes and is never recognised inside code blocks. A closing fence belongs to the innermost open
 * admonition; while a fenced code block is open inside, colons are code.
 */
public final class AdmonitionBlockParser extends AbstractBlockParser {

    private final AdmonitionBlock block;
    private final BasedSequence title;
    private BasedSequence lastLine;

    private AdmonitionBlockParser(AdmonitionBlock block, BasedSequence title) {
        this.block = block;
        this.title = title;
        this.lastLine = block.getChars();
        if (title != null) {
            block.appendChild(new AdmonitionTitle(title));
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.isClosed()) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        if (!state.isBlank()) {
            lastLine = line;
        }
        if (state.getIndent() < state.getParsing().CODE_BLOCK_INDENT) {
            int colons = closingFenceLength(line, state.getNextNonSpaceIndex());
            if (colons >= block.fenceLength() && !innerBlockOwnsLine(state)) {
                block.markClosed();
                return BlockContinue.atIndex(line.length());
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** An open admonition or fenced code block nested inside this one gets the line first. */
    private boolean innerBlockOwnsLine(ParserState state) {
        List<BlockParser> active = state.getActiveBlockParsers();
        for (int i = active.indexOf(this) + 1; i < active.size(); i++) {
            BlockParser p = active.get(i);
            if (p instanceof AdmonitionBlockParser inner && !inner.block.isClosed()) {
                return true;
            }
            if (p.getBlock() instanceof FencedCodeBlock && !p.isClosed()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // all content goes to child blocks
    }

    @Override
    public void closeBlock(ParserState state) {
        BasedSequence opening = block.getChars();
        int end = Math.max(opening.getEndOffset(), lastLine.getEndOffset());
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (title != null) {
            inlineParser.parse(title, block.title());
        }
    }

    /** Number of colons if the line (from {@code index}) is only a run of colons, else 0. */
    static int closingFenceLength(BasedSequence line, int index) {
        int i = index;
        while (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        int colons = i - index;
        if (colons < 3) {
            return 0;
        }
        while (i < line.length()) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return 0;
            }
            i++;
        }
        return colons;
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentBlockParserFactory {
        @Override
        protected BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            int i = start;
            while (i < line.length() && line.charAt(i) == ':') {
                i++;
            }
            int colons = i - start;
            if (colons < 3) {
                return BlockStart.none();
            }
            int typeStart = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && isTypeStart(line.charAt(i))) {
                typeStart = i;
                i++;
                while (i < line.length() && isTypeChar(line.charAt(i))) {
                    i++;
                }
            } else {
                i = typeStart;
            }
            String type = line.subSequence(typeStart, i).toString();
            BasedSequence rest = line.subSequence(i).trim();
            if (type.isEmpty()) {
                if (!rest.isEmpty()) {
                    return BlockStart.none();
                }
                return BlockStart.of(new StrayFenceParser(line.subSequence(start))).atIndex(line.length());
            }
            BasedSequence title = titleOf(rest);
            AdmonitionBlock admonition = new AdmonitionBlock(line.subSequence(start), type, colons);
            return BlockStart.of(new AdmonitionBlockParser(admonition, title)).atIndex(line.length());
        }

        /** {@code [Title]{attrs}} or {@code Title}; {@code null} when empty. */
        private static BasedSequence titleOf(BasedSequence rest) {
            if (rest.isEmpty()) {
                return null;
            }
            if (rest.charAt(0) == '[') {
                int depth = 0;
                for (int k = 0; k < rest.length(); k++) {
                    char c = rest.charAt(k);
                    if (c == '\\') {
                        k++;
                    } else if (c == '[') {
                        depth++;
                    } else if (c == ']' && --depth == 0) {
                        BasedSequence inner = rest.subSequence(1, k).trim();
                        return inner.isEmpty() ? null : inner;
                    }
                }
            }
            if (rest.charAt(0) == '{') {
                return null; // only directive attributes such as {#id}
            }
            return rest;
        }

        private static boolean isTypeStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isTypeChar(char c) {
            return isTypeStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
    }

    private static final class StrayFenceParser extends AbstractBlockParser {
        private final StrayFence block;

        StrayFenceParser(BasedSequence chars) {
            this.block = new StrayFence(chars);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }
}
