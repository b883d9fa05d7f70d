package dev.docsite.markdown.admonition;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A closing {@code :::} with no open admonition; rendered as nothing so no {@code :::} leaks into pages. */
public final class StrayFence extends Block {

    StrayFence(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
