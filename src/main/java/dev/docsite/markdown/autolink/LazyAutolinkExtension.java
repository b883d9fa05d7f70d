package dev.docsite.markdown.autolink;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

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
        int n = text.length();
        for (int i = 0; i < n; i++) {
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

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Lazy(document);
        }
    }

    /** Creates flexmark's processor for a document only when one of its text nodes may hold a link. */
    private static final class Lazy extends NodePostProcessor {
        private final Document document;
        private AutolinkNodePostProcessor delegate;

        Lazy(Document document) {
            this.document = document;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!mayContainLink(node.getChars())) {
                return;
            }
            if (delegate == null) {
                delegate = new AutolinkNodePostProcessor(document);
            }
            delegate.process(state, node);
        }
    }
}
