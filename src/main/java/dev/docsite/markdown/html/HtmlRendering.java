package dev.docsite.markdown.html;

import com.vladsch.flexmark.util.ast.Node;

/** One body being written: where the HTML goes, and how to write a node or the children of one. */
public interface HtmlRendering {

    HtmlOut out();

    /** Writes {@code node} with the writer registered for its class; a node of another class writes nothing. */
    void render(Node node);

    default void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            render(child);
        }
    }
}
