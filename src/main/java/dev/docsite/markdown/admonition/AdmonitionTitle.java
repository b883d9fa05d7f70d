package dev.docsite.markdown.admonition;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The written title of an admonition; its children are inline Markdown. */
public final class AdmonitionTitle extends Node {

    AdmonitionTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
