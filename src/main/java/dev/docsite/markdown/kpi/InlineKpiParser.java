package dev.docsite.markdown.kpi;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentInlineParserFactory;

/** Parses {@code :kpi[id]} (id: letters, digits, {@code _ . -}) in running text; code spans are never seen here. */
public final class InlineKpiParser {

    private static final String MARKER = ":kpi[";

    private InlineKpiParser() {
    }

    static boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (!input.matchChars(MARKER, start)) {
            return false;
        }
        int i = start + MARKER.length();
        int idStart = i;
        while (i < input.length() && isIdChar(input.charAt(i))) {
            i++;
        }
        if (i == idStart || i >= input.length() || input.charAt(i) != ']') {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineKpi(input.subSequence(start, i + 1), input.subSequence(idStart, i).toString()));
        parser.setIndex(i + 1);
        return true;
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** Registers the extension with flexmark. */
    public static final class Factory extends IndependentInlineParserFactory {
        public Factory() {
            super(":", InlineKpiParser::parse);
        }
    }
}
