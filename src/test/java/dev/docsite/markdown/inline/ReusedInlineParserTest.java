package dev.docsite.markdown.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.docsite.markdown.MarkdownEngine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each thread's inline parser is handed to its next document: nothing of one document may show in the next, and
 * a document parsed while another is being parsed on the same thread gets a parser of its own.
 */
class ReusedInlineParserTest {

    private static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(MatchInPlaceExtension.create()));
        return Parser.builder(options).build();
    }

    private static String tree(Document document) {
        StringBuilder out = new StringBuilder();
        document.getDescendants().forEach(n -> out.append(n.getClass().getSimpleName()).append('[')
                .append(n.getChars()).append("] "));
        return out.toString().trim();
    }

    @Test
    void aReferenceDefinedInOneDocumentIsUnknownInTheNext() {
        Parser parser = parser();
        Document defines = parser.parse("See [guide].\n\n[guide]: /guide/\n");
        Document uses = parser.parse("See [guide].\n");
        assertEquals(List.of("[guide] defined"), linkRefs(defines));
        assertEquals(List.of("[guide] undefined"), linkRefs(uses));
        assertEquals(linkRefs(parser().parse("See [guide].\n")), linkRefs(uses));
    }

    private static List<String> linkRefs(Document document) {
        List<String> refs = new ArrayList<>();
        document.getDescendants().forEach(n -> {
            if (n instanceof LinkRef ref) {
                refs.add(ref.getChars() + (ref.isDefined() ? " defined" : " undefined"));
            }
        });
        return refs;
    }

    @Test
    void theSameTextGivesTheSameTreeWhateverWasParsedBefore() {
        Parser parser = parser();
        String page = "# Title `code` and *stress*\n\n| a | b |\n|---|---|\n| [x](y.md) | z |\n\ntext www.example.com\n";
        String first = tree(parser.parse(page));
        parser.parse("Other **text** with `spans` and [links](a.md) and <b>html</b>\n");
        assertEquals(first, tree(parser.parse(page)));
        assertEquals(first, tree(parser().parse(page)));
    }

    @Test
    void aParserIsHandedOutAgainOnlyOnceItsDocumentIsFinished() {
        MatchInPlaceExtension.OnePerThread factory = new MatchInPlaceExtension.OnePerThread();
        MutableDataSet options = new MutableDataSet();
        BitSet special = new BitSet();
        BitSet delimiters = new BitSet();
        Map<Character, DelimiterProcessor> processors = Map.of();
        LinkRefProcessorData linkRefs = new LinkRefProcessorData(List.of(), 0, new int[0]);
        List<InlineParserExtensionFactory> extensions = List.of();
        InlineParser first = factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions);
        InlineParser nested = factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions);
        assertNotSame(first, nested, "a parse started while the first is under way");
        Document document = new Document(options, BasedSequence.NULL);
        first.initializeDocument(document);
        first.finalizeDocument(document);
        assertSame(first, factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions));
        first.initializeDocument(document);
        first.finalizeDocument(document);
        assertNotSame(first, factory.inlineParser(new MutableDataSet(), special, delimiters, processors, linkRefs,
                extensions), "a parser made with other options");
    }

    @Test
    void anEngineRendersThePageAsAFreshEngineDoes() {
        MarkdownEngine shared = new MarkdownEngine();
        String page = "## Setup {#setup}\n\nRun `make` — see [docs](../docs.md#top) and https://example.com.\n";
        shared.outline("# Another page\n\n[ref]: /x/\n\nUse [ref].\n");
        assertEquals(new MarkdownEngine().outline(page), shared.outline(page));
    }
}
