package dev.docsite.markdown.kpi;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline KPI {@code :kpi[id]} in running text. */
public final class InlineKpi extends Node {

    private final String id;

    InlineKpi(BasedSequence chars, String id) {
        super(chars);
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
