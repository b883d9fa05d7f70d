package dev.docsite.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.content.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ```mermaid} blocks of a page's Markdown file with the line of their opening fence, served to the live
 * script as JSON: only the browser finds that Mermaid cannot draw a diagram, and the overlay names the block by its
 * file and line (the diagram's source tells the blocks apart, so a diagram from elsewhere, such as an imported
 * partial, is left at the page's URL rather than put on a wrong line).
 */
final class MermaidBlocks {

    /** Served at {@code __docsite/mermaid/} + the page's URL. */
    static final String PREFIX = "__docsite/mermaid/";

    private static final ObjectMapper JSON = new ObjectMapper();
    // CommonMark alone finds the fences: Docusaurus's own syntax (admonitions, JSX) does not hide a fence from it.
    private static final Parser PARSER = Parser.builder().build();

    private MermaidBlocks() {
    }

    /**
     * A block: the file as problems name it, the 1-based line of its opening fence, and its text.
     */
    record Block(String file, int line, String source) {
    }

    /** The blocks of {@code page}'s file, in order; none when it cannot be read. */
    static List<Block> of(Page page) {
        String text = page.body();
        if (text == null) {
            try {
                text = Files.readString(page.source().path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of(); // the overlay then names the page's URL, as for any diagram it cannot place
            }
        }
        if (!text.contains("mermaid")) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        collect(PARSER.parse(text), text, page.source().displayPath(), blocks);
        return blocks;
    }

    private static void collect(Node node, String text, String file, List<Block> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock code) {
                String info = code.getInfo().toString().strip();
                if (info.equals("mermaid") || info.startsWith("mermaid ")) {
                    blocks.add(new Block(file, lineOf(text, code.getStartOffset()), code.getContentChars().toString()));
                }
            } else {
                collect(child, text, file, blocks);
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** {@code blocks} as the live script reads them. */
    static byte[] json(List<Block> blocks) {
        try {
            return JSON.writeValueAsBytes(blocks);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the Mermaid blocks as JSON", e);
        }
    }
}
