package dev.docsite.markdown.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A displayed formula: the lines between a {@code $$} line and the next one. */
public final class MathBlock extends Block {

    private final StringBuilder tex = new StringBuilder();

    MathBlock(BasedSequence chars) {
        super(chars);
    }

    void addLine(CharSequence line) {
        if (!tex.isEmpty()) {
            tex.append('\n');
        }
        tex.append(line);
    }

    /** The TeX of the block's lines, joined by line ends. */
    public String tex() {
        return tex.toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
