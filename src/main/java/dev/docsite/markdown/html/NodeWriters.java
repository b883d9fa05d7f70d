package dev.docsite.markdown.html;

import com.vladsch.flexmark.util.ast.Node;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The writer for each node class, looked up by the node's exact class as flexmark does (a subclass, such as an HTML
 * comment block, has writers of its own). Filled once, then read by any number of threads.
 *
 * @param <R> the rendering the writers write to
 */
public final class NodeWriters<R extends HtmlRendering> {

    private final Map<Class<?>, BiConsumer<Node, R>> writers = new HashMap<>();

    /** Registers (or replaces) the writer of {@code type}. */
    public <N extends Node> NodeWriters<R> add(Class<N> type, BiConsumer<? super N, ? super R> writer) {
        writers.put(type, (node, rendering) -> writer.accept(type.cast(node), rendering));
        return this;
    }

    /** Registers nodes that write nothing (reference definitions, MDX comments, ...). */
    @SafeVarargs
    public final NodeWriters<R> silent(Class<? extends Node>... types) {
        for (Class<? extends Node> type : types) {
            writers.put(type, (node, rendering) -> { });
        }
        return this;
    }

    /** Writes {@code node} to {@code rendering}; false when no writer is registered for its class. */
    public boolean write(Node node, R rendering) {
        BiConsumer<Node, R> writer = writers.get(node.getClass());
        if (writer == null) {
            return false;
        }
        writer.accept(node, rendering);
        return true;
    }
}
