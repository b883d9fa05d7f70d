package dev.docsite.markdown.table;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's GFM tables ({@link TablesExtension}, read with the same {@code TablesExtension} options), with one
 * table pre-processor per parser instead of one per document.
 * <p>
 * flexmark asks the extension's factory for a new {@link TableParagraphPreProcessor} for every document, and each
 * one reads the options and compiles the separator-line regular expression again: 2% of the CPU of a build whose
 * pages hold one table each. The pre-processor keeps nothing of a document (its fields are the options and that
 * pattern, both fixed once made), so one instance serves every document of the parser, on every thread. A parser's
 * documents all carry the parser's options, so the instance made for the first one is right for all.
 */
public final class SharedTableParsing implements Parser.ParserExtension {

    private SharedTableParsing() {
    }

    /** The extension to list in {@link Parser#EXTENSIONS} instead of {@link TablesExtension#create()}. */
    public static SharedTableParsing create() {
        return new SharedTableParsing();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new OncePerParser(TableParagraphPreProcessor.Factory()));
    }

    /** The tables extension's factory, asked once. */
    private static final class OncePerParser implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory factory;
        private volatile ParagraphPreProcessor made;

        OncePerParser(ParagraphPreProcessorFactory factory) {
            this.factory = factory;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor processor = made;
            if (processor == null) {
                processor = factory.apply(state);
                made = processor;
            }
            return processor;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return factory.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return factory.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }
    }
}
