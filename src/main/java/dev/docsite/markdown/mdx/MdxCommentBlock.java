package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An MDX comment {@code {/* ... *}{@code /}} on lines of its own; rendered as nothing. */
public final class MdxCommentBlock extends Block {

    MdxCommentBlock(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
