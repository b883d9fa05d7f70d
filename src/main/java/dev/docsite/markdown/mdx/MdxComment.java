package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An MDX comment {@code {/* ... *}{@code /}} in running text; rendered as nothing. */
public final class MdxComment extends Node {

    MdxComment(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
