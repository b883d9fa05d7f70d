package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Lines of JSX/HTML up to the next blank line, started by a component tag ({@code <Tabs>}), an HTML tag written
 * with JSX attributes ({@code <img src={require('./a.png').default} />}) or a lone closing tag of a block element.
 * After parsing, blocks holding component tags are split into elements and Markdown; the rest is raw HTML.
 */
public final class JsxBlock extends Block {

    JsxBlock(BlockContent content) {
        super(content);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
