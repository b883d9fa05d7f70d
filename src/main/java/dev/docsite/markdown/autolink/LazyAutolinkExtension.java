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
import com.vladsch.flexmark.util.sequence.BasedSequence;

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

    /** True when {@code text} may contain something the autolink processor would link. */
    static boolean mayContainLink(BasedSequence text) {
        return text.indexOf("://") >= 0 || text.indexOf('@') >= 0 || text.indexOf("www.") >= 0
                || text.indexOf("WWW.") >= 0;
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
