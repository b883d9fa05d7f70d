package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.IndependentBlockParserFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Starts a {@link JsxBlock} where MDX would see JSX "flow" content:
 * <ul>
 *   <li>a line holding only tags whose first tag is a component, or any line opening a known block component
 *   ({@code <Tabs>}, {@code <TabItem ...>content</TabItem>});</li>
 *   <li>a line holding only tags whose first tag is an HTML tag written with JSX attributes;</li>
 *   <li>a lone closing tag of a block element ({@code </details>}) right after paragraph text, which CommonMark
 *   would otherwise swallow into the paragraph.</li>
 * </ul>
 * A component tag may interrupt a paragraph (as in MDX). Lines such as {@code <Highlight>x</Highlight> and text}
 * stay paragraphs; their tags are handled inline.
 */
public final class JsxBlockParser extends AbstractBlockParser {

    /** Components that always start a block even when text follows the tag on the same line. */
    static final Set<String> BLOCK_COMPONENTS = Set.of("Tabs", "TabItem", "Admonition", "Details");

    private static final Set<String> BLOCK_ELEMENTS = Set.of("div", "details", "summary", "section", "table",
            "figure", "blockquote", "center", "aside", "article", "nav", "header", "footer", "ul", "ol", "dl", "p");

    private final JsxBlock block = new JsxBlock(new BlockContent());
    private BlockContent content = new BlockContent();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return state.isBlank() ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }

    /** Whether only tags, MDX comments and whitespace follow {@code from} on the line. */
    static boolean onlyMarkupAfter(BasedSequence line, int from) {
        int i = from;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (JsxTagScanner.isSpace(c)) {
                i++;
            } else if (c == '<') {
                JsxTag tag = JsxTagScanner.scan(line, i, n);
                if (tag == null) {
                    return false;
                }
                i = tag.end();
            } else if (JsxTagScanner.startsWith(line, i, "{/*")) {
                int end = JsxTagScanner.indexOf(line, "*/}", i + 3, n);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Registers the parser with flexmark. */
    public static final class Factory extends IndependentBlockParserFactory {
        @Override
        protected BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            int i = state.getNextNonSpaceIndex();
            if (i >= line.length() || line.charAt(i) != '<') {
                return BlockStart.none();
            }
            JsxTag tag = JsxTagScanner.scan(line, i, line.length());
            if (tag != null && !tag.closing() && tag.name().equals("CodeBlock")) {
                return BlockStart.of(new CodeBlockComponentParser(tag.selfClosing())).atIndex(state.getIndex());
            }
            if (start(line, i, matchedBlockParser.getBlockParser().isParagraphParser())) {
                return BlockStart.of(new JsxBlockParser()).atIndex(state.getIndex());
            }
            return BlockStart.none();
        }

        private static boolean start(BasedSequence line, int i, boolean inParagraph) {
            JsxTag tag = JsxTagScanner.scan(line, i, line.length());
            if (tag == null) {
                // a component tag whose attributes continue on the next lines
                return JsxTagScanner.startsComponentTag(line, i, line.length());
            }
            if (tag.isComponent()) {
                return BLOCK_COMPONENTS.contains(tag.name()) || onlyMarkupAfter(line, tag.end());
            }
            if (!onlyMarkupAfter(line, tag.end())) {
                return false;
            }
            if (inParagraph) {
                return tag.closing() && BLOCK_ELEMENTS.contains(tag.name().toLowerCase(Locale.ROOT));
            }
            return tag.hasJsxOnlyAttributes();
        }
    }
}
