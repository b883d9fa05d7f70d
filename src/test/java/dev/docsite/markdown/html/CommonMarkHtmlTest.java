package dev.docsite.markdown.html;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CommonMarkHtml} writes what flexmark's renderer writes, byte for byte: page bodies must not change when the
 * renderer does. Every example of the CommonMark specification whose nodes it writes (the others hold headings,
 * links, code blocks or raw HTML, which docsite writes itself) and GFM tables, task lists and strikethrough.
 */
class CommonMarkHtmlTest {

    private static final DataHolder OPTIONS = options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private static final NodeWriters<Rendering> WRITERS = new CommonMarkHtml(OPTIONS).addTo(new NodeWriters<>());

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create()));
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false); // as in MarkdownEngine
        options.set(Parser.CODE_BLOCK_INDENT, 1000);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options.toImmutable();
    }

    /** Renders with {@link CommonMarkHtml} only; remembers whether a node had no writer. */
    private static final class Rendering implements HtmlRendering {
        final HtmlOut out = new HtmlOut(256);
        boolean unwritten;

        @Override
        public HtmlOut out() {
            return out;
        }

        @Override
        public void render(Node node) {
            if (!WRITERS.write(node, this)) { // not `|=`: that would read the flag before the children set it
                unwritten = true;
            }
        }
    }

    /** Ours, or null when the document holds a node {@link CommonMarkHtml} does not write. */
    private static String ours(Document document) {
        Rendering rendering = new Rendering();
        rendering.render(document);
        String html = rendering.out.finish();
        return rendering.unwritten ? null : html;
    }

    @Test
    void writesTheCommonMarkSpecificationExamplesAsFlexmarkDoes() throws IOException {
        List<String> examples = specExamples();
        int compared = 0;
        List<String> different = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Document document = PARSER.parse(examples.get(i));
            String ours = ours(document);
            if (ours == null) {
                continue;
            }
            compared++;
            String theirs = FLEXMARK.render(document);
            if (!theirs.equals(ours)) {
                different.add("example " + (i + 1) + ":\n" + examples.get(i) + "flexmark:\n" + theirs + "ours:\n" + ours);
            }
        }
        assertTrue(examples.size() > 600, "the specification has its 652 examples: " + examples.size());
        assertTrue(compared > 300, "most examples hold only nodes CommonMarkHtml writes: " + compared);
        assertEquals(List.of(), different);
    }

    @Test
    void writesGfmTablesTaskListsAndStrikethroughAsFlexmarkDoes() {
        List<String> sources = List.of(
                "| a | b | c |\n|:--|:-:|--:|\n| x `y` | **z** | ~~gone~~ |\n| only one |\n[caption *here*]\n",
                "a | b\n--|--\n1 | 2 | 3\n",
                "- [ ] open\n- [x] done\n  - [ ] nested\n    text\n",
                "1. [ ] loose\n\n2. [x] loose two\n\n   more text\n",
                "- plain\n- [ ] task\n\n  second paragraph\n",
                "> quote\n> > nested\n> - item\n>\n> ~~struck~~ and *em*\n",
                "line  \nbreak\\\nafter &copy; &#169; &amp; \\*escaped\\*\n",
                "text <!-- inline comment --> more\n\n<!-- block comment -->\n\nafter\n",
                "* one\n\n\n* two\n\n  ***\n\n3) three\n7) seven\n",
                "\ttab-led paragraph\n  \n\n\n  spaced\n");
        for (String source : sources) {
            Document document = PARSER.parse(source);
            String ours = ours(document);
            assertTrue(ours != null, "every node is written: " + source);
            assertEquals(FLEXMARK.render(document), ours, source);
        }
    }

    @Test
    void aNodeWithoutAWriterWritesNothingAsInFlexmark() {
        Document document = PARSER.parse("# Heading\n\ntext\n");
        Rendering rendering = new Rendering();
        rendering.render(document);
        assertTrue(rendering.unwritten);
        assertEquals("<p>text</p>\n", rendering.out.finish());
    }

    private static List<String> specExamples() throws IOException {
        try (InputStream in = CommonMarkHtmlTest.class.getResourceAsStream("/spec.0.30.txt")) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> examples = new ArrayList<>();
            String fence = "```````````````````````````````` example";
            for (int at = spec.indexOf(fence); at >= 0; at = spec.indexOf(fence, at + 1)) {
                int start = spec.indexOf('\n', at) + 1;
                int end = spec.indexOf("\n.\n", start - 1);
                examples.add(spec.substring(start, end + 1).replace('→', '\t'));
            }
            return examples;
        }
    }
}
