package dev.docsite.markdown.inline;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regular-expression matches read from the matcher in place.
 * <p>
 * flexmark takes each match through {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph into a
 * new string, one {@code charAt} at a time, for every code span and every link's closing bracket. In profiles of large
 * sites that copying was a seventh of all parsing. The result is the same: only the offsets of the match are used.
 */
public final class MatchInPlaceExtension implements Parser.ParserExtension {

    private MatchInPlaceExtension() {
    }

    public static MatchInPlaceExtension create() {
        return new MatchInPlaceExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(new OnePerThread());
        // flexmark adds the link reference definition pre-processor itself only for its own inline parser factory.
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /**
     * Hands each thread the inline parser its previous document finished with. flexmark asks for a new inline parser
     * for every document, and building one (its {@code Parsing}: a few dozen option-dependent pattern strings) was
     * 1-2% of a build's CPU. The parser sets all of its per-document state in {@code initializeDocument} and for each
     * block it parses; one is handed out again only once {@code finalizeDocument} (flexmark's last use of it in a
     * parse) has run, so a parse started while another is under way on the same thread, or after one that failed
     * half-way, gets a new parser. A thread keeps one finished parser for all engines (a static slot, so that an
     * engine's parsers never outlive it in the threads of the common pool); it is taken again only by a parser made
     * with the same arguments.
     */
    static final class OnePerThread implements InlineParserFactory {

        private static final ThreadLocal<MatchInPlaceInlineParser> FINISHED = new ThreadLocal<>();

        @Override
        public InlineParser inlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            MatchInPlaceInlineParser parser = FINISHED.get();
            if (parser != null) {
                FINISHED.remove();
                if (parser.madeFor(options, specialCharacters, delimiterCharacters, delimiterProcessors,
                        linkRefProcessors, inlineParserExtensions)) {
                    return parser;
                }
            }
            return new MatchInPlaceInlineParser(options, specialCharacters, delimiterCharacters,
                    delimiterProcessors, linkRefProcessors, inlineParserExtensions);
        }
    }

    static final class MatchInPlaceInlineParser extends InlineParserImpl {

        private final DataHolder madeForOptions;
        private final BitSet madeForSpecial;
        private final Map<Character, DelimiterProcessor> madeForDelimiters;
        private final LinkRefProcessorData madeForLinkRefs;
        private final List<InlineParserExtensionFactory> madeForExtensions;

        MatchInPlaceInlineParser(DataHolder options, BitSet specialCharacters,
                BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
                LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
            this.madeForOptions = options;
            this.madeForSpecial = specialCharacters;
            this.madeForDelimiters = delimiterProcessors;
            this.madeForLinkRefs = linkRefProcessors;
            this.madeForExtensions = inlineParserExtensions;
        }

        /** Whether this parser was made with exactly these arguments (a parser's are the same for every document). */
        boolean madeFor(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            return options == madeForOptions && specialCharacters == madeForSpecial
                    && delimiterCharacters == this.delimiterCharacters && delimiterProcessors == madeForDelimiters
                    && linkRefProcessors == madeForLinkRefs && inlineParserExtensions == madeForExtensions;
        }

        @Override
        public void finalizeDocument(Document document) {
            super.finalizeDocument(document);
            // Nothing of this document is kept once the next one starts; drop it now so that it can be collected.
            this.document = null;
            this.block = null;
            this.input = null;
            this.referenceRepository = null;
            OnePerThread.FINISHED.set(this);
        }

        /**
         * flexmark joins a run of text into one node through a segment builder even when the run is one piece of
         * the source, which is then what the builder gives back; that builder was a few percent of parsing.
         */
        @Override
        public boolean flushTextNode() {
            if (currentText != null && currentText.size() == 1) {
                BasedSequence only = currentText.get(0);
                if (only instanceof SubSequence && !only.isEmpty()
                        && only.getBaseSequence() == input.getBaseSequence()) {
                    block.appendChild(new Text(only));
                    currentText = null;
                    return true;
                }
            }
            return super.flushTextNode();
        }

        @Override
        public BasedSequence match(Pattern re) {
            Matcher matcher = find(re);
            return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
        }

        @Override
        public BasedSequence[] matchWithGroups(Pattern re) {
            Matcher matcher = find(re);
            if (matcher == null) {
                return null;
            }
            BasedSequence[] results = new BasedSequence[matcher.groupCount() + 1];
            for (int i = 0; i < results.length; i++) {
                int start = matcher.start(i);
                results[i] = start < 0 ? null : input.subSequence(start, matcher.end(i));
            }
            return results;
        }

        /** The matcher after a match from the current index (which it advances), or null. */
        private Matcher find(Pattern re) {
            if (index >= input.length()) {
                return null;
            }
            Matcher matcher = re.matcher(input);
            matcher.region(index, input.length());
            if (!matcher.find()) {
                return null;
            }
            index = matcher.end();
            return matcher;
        }
    }
}
