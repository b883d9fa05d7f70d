package dev.docsite.markdown.autolink;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * GFM autolinks ({@code https://…}, {@code www.…}, e-mail addresses) with flexmark's own autolink processor, run
 * only on text that can hold one. flexmark's extension builds its link extractor for every document and runs it on
 * every text node; in profiles of large sites that was the most expensive step of parsing.
 */
public final class LazyAutolinkExtension implements Parser.ParserExtension {

    private LazyAutolinkExtension() {
    }

    public static LazyAutolinkExtension create() {
        return new LazyAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's defaults are what GFM expects
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** True when {@code text} may contain something the autolink processor would link: one pass, no allocation. */
    static boolean mayContainLink(CharSequence text) {
        if (text instanceof SubSequence sub && sub.getBase() instanceof String source) {
            return mayContainLink(source, sub.getStartOffset(), sub.getEndOffset());
        }
        return mayContainLink(text, 0, text.length());
    }

    /** Reading the page's own string spares a bounds-checked call through flexmark's sequence per character. */
    private static boolean mayContainLink(CharSequence text, int start, int n) {
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < n && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new Lazy();
        }
    }

    /**
     * Runs flexmark's processor on the text nodes that may hold a link, found by one walk of the tree. Registered as
     * a node post-processor, flexmark would first classify every node of every page for it (its only user), which
     * showed in profiles.
     */
    private static final class Lazy extends DocumentPostProcessor {

        @Override
        public Document processDocument(Document document) {
            List<Text> candidates = new ArrayList<>();
            collect(document, candidates);
            if (!candidates.isEmpty()) {
                AutolinkNodePostProcessor delegate = new AutolinkNodePostProcessor(document);
                for (Text text : candidates) {
                    if (text.getParent() != null) { // not replaced while an earlier node was linked
                        delegate.process(UNTRACKED, text);
                    }
                }
            }
            return document;
        }

        private static void collect(Node node, List<Text> candidates) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    if (mayContainLink(text.getChars())) {
                        candidates.add(text);
                    }
                } else {
                    collect(child, candidates);
                }
            }
        }
    }

    /** Nothing runs after autolinking that would need to know which nodes it added or removed. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
