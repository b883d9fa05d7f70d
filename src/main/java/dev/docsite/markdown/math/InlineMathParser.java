package dev.docsite.markdown.math;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentInlineParserFactory;

/**
 * Parses a formula in running text. {@code $$…$$} closes at the next {@code $$}. A single {@code $} follows Pandoc's
 * rule, so that prices stay text: no space right after the opening dollar, none right before the closing one, and no
 * digit right after it ({@code $5 and $10} is text). A backslash escapes the next character, so {@code \$} neither
 * opens nor closes; code spans are never seen here.
 */
public final class InlineMathParser {

    private InlineMathParser() {
    }

    static boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int open = start + 1 < input.length() && input.charAt(start + 1) == '$' ? 2 : 1;
        int from = start + open;
        int close = open == 2 ? closeOfDouble(input, from) : closeOfSingle(input, from);
        if (close < 0) {
            if (open == 2) {
                // not a formula: both dollars stay text, so the second one does not open a single-dollar formula
                parser.flushTextNode();
                parser.getBlock().appendChild(new Text(input.subSequence(start, from)));
                parser.setIndex(from);
                return true;
            }
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(
                new MathInline(input.subSequence(start, close + open), input.subSequence(from, close)));
        parser.setIndex(close + open);
        return true;
    }

    private static int closeOfSingle(BasedSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || input.charAt(from) == '$') {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                if (!Character.isWhitespace(input.charAt(i - 1)) && !digitAfter) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int closeOfDouble(BasedSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && input.charAt(i + 1) == '$') {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentInlineParserFactory {
        public Factory() {
            super("$", InlineMathParser::parse);
        }
    }
}
