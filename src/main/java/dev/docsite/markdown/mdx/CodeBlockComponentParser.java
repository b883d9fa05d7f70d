package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads a {@code <CodeBlock>} component up to its closing tag, across blank lines: its children are code (usually a
 * template literal), never Markdown. Started by {@link JsxBlockParser.Factory}.
 */
final class CodeBlockComponentParser extends AbstractBlockParser {

    private final JsxCodeBlock block = new JsxCodeBlock(new BlockContent());
    private BlockContent content = new BlockContent();
    private boolean closed;

    /** @param selfClosing {@code <CodeBlock … />}: the block is its first line */
    CodeBlockComponentParser(boolean selfClosing) {
        this.closed = selfClosing;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        content.add(line, state.getIndent());
        if (line.indexOf("</CodeBlock") >= 0) {
            closed = true;
        }
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }
}
