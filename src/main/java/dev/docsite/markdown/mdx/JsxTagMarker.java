package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A component tag split out of a {@link JsxBlock}, waiting to be paired into a {@link JsxElement}. */
public final class JsxTagMarker extends Node {

    private final JsxTag tag;
    private final int line;
    private final int column;

    public JsxTagMarker(JsxTag tag, int line, int column) {
        super(BasedSequence.NULL);
        this.tag = tag;
        this.line = line;
        this.column = column;
    }

    public JsxTag tag() {
        return tag;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
