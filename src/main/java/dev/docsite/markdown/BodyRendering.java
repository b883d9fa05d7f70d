package dev.docsite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.html.HtmlOut;
import dev.docsite.markdown.html.HtmlRendering;
import dev.docsite.markdown.html.NodeWriters;

/** One page body being written into a {@link BodyTemplate}: its output, and the slots and tab groups so far. */
final class BodyRendering implements HtmlRendering {

    private final NodeWriters<BodyRendering> writers;
    private final HtmlOut out;
    final RenderState state;

    BodyRendering(NodeWriters<BodyRendering> writers, RenderState state, int capacity) {
        this.writers = writers;
        this.state = state;
        this.out = new HtmlOut(capacity);
    }

    @Override
    public HtmlOut out() {
        return out;
    }

    @Override
    public void render(Node node) {
        writers.write(node, this);
    }
}
