package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentInlineParserFactory;

/**
 * MDX in running text: JSX tags CommonMark would not accept as inline HTML or that are components
 * ({@link JsxInlineTag}), comments {@code {/* ... *}{@code /}} ({@link MdxComment}) and string expressions such as
 * {@code {' '}} (their text). Other braces stay literal text.
 */
public final class MdxInlineParser {

    private MdxInlineParser() {
    }

    static boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int i = parser.getIndex();
        return input.charAt(i) == '<' ? parseTag(parser, input, i) : parseExpression(parser, input, i);
    }

    private static boolean parseTag(LightInlineParser parser, BasedSequence input, int i) {
        JsxTag tag = JsxTagScanner.scan(input, i, input.length());
        if (tag == null || !(tag.isComponent() || tag.hasJsxOnlyAttributes())) {
            return false;
        }
        BasedSequence chars = input.subSequence(tag.start(), tag.end());
        parser.flushTextNode();
        parser.getBlock().appendChild(new JsxInlineTag(chars, JsxTagScanner.scan(chars, 0, chars.length())));
        parser.setIndex(tag.end());
        return true;
    }

    private static boolean parseExpression(LightInlineParser parser, BasedSequence input, int i) {
        if (JsxTagScanner.startsWith(input, i, "{/*")) {
            int end = JsxTagScanner.indexOf(input, "*/}", i + 3, input.length());
            if (end < 0) {
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new MdxComment(input.subSequence(i, end + 3)));
            parser.setIndex(end + 3);
            return true;
        }
        int close = JsxTagScanner.matchBrace(input, i, input.length());
        if (close < 0) {
            return false;
        }
        int q = i + 1;
        while (q < close && JsxTagScanner.isSpace(input.charAt(q))) {
            q++;
        }
        int qEnd = close - 1;
        while (qEnd > q && JsxTagScanner.isSpace(input.charAt(qEnd))) {
            qEnd--;
        }
        if (qEnd <= q || input.charAt(q) != input.charAt(qEnd) || "'\"`".indexOf(input.charAt(q)) < 0
                || JsxExpressions.staticString(input.subSequence(q, qEnd + 1).toString()) == null) {
            return false;
        }
        parser.flushTextNode();
        if (qEnd > q + 1) {
            parser.getBlock().appendChild(new Text(input.subSequence(q + 1, qEnd)));
        }
        parser.setIndex(close + 1);
        return true;
    }

    /** Registers the extension with flexmark. */
    public static final class Factory extends IndependentInlineParserFactory {
        public Factory() {
            super("<{", MdxInlineParser::parse);
        }
    }
}
