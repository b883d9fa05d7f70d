package dev.docsite.markdown.nesting;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * flexmark's thematic-break start ({@code ***}, {@code - - -}, {@code ___}) without its regular expression: the
 * expression recurses once per marker, so one line of 1,500 {@code -} overflowed the stack. The same rule
 * (CommonMark 4.1), checked in one pass; flexmark's own factory is switched off
 * ({@code Parser.THEMATIC_BREAK_PARSER}) and this one takes its place in the same order among the block parsers.
 */
public final class LinearThematicBreak implements CustomBlockParserFactory {

    /** Whether {@code line} holds three or more of one of {@code * - _} and otherwise only spaces and tabs. */
    public static boolean isThematicBreak(CharSequence line) {
        char marker = 0;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (marker == 0 && (c == '*' || c == '-' || c == '_')) {
                marker = c;
            }
            if (c != marker) {
                return false;
            }
            count++;
        }
        return count >= 3;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                // The same conditions as flexmark's factory.
                if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                if (!isThematicBreak(line.subSequence(state.getNextNonSpaceIndex(), line.length()))) {
                    return BlockStart.none();
                }
                return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex())))
                        .atIndex(line.length());
            }
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class,
                HtmlBlockParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
