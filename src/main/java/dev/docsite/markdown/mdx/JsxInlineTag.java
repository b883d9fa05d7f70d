package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A JSX tag inside running text: a component tag ({@code <Highlight color="x">}, rendered as nothing so only its
 * children show) or an HTML tag with JSX attributes (converted to HTML).
 */
public final class JsxInlineTag extends Node {

    private JsxTag tag;

    JsxInlineTag(BasedSequence chars, JsxTag tag) {
        super(chars);
        this.tag = tag;
    }

    /** Replaces the tag by one with evaluated attributes. */
    public void replaceTag(JsxTag evaluated) {
        this.tag = evaluated;
    }

    /** The tag, with offsets relative to this node's characters. */
    public JsxTag tag() {
        return tag;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
