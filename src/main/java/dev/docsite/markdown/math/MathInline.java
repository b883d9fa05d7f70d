package dev.docsite.markdown.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A formula in running text, {@code $…$} or {@code $$…$$}. */
public final class MathInline extends Node {

    private final BasedSequence tex;

    MathInline(BasedSequence chars, BasedSequence tex) {
        super(chars);
        this.tex = tex;
    }

    /** The TeX between the dollars, as written. */
    public BasedSequence tex() {
        return tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
