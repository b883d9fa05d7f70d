package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A component tag split out of a {@link JsxBlock}, waiting to be paired into a {@link JsxElement}. */
public final class JsxTagMarker extends Node {

    private final JsxTagAt at;

    public JsxTagMarker(JsxTagAt at) {
        super(BasedSequence.NULL);
        this.at = at;
    }

    public JsxTagAt at() {
        return at;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
