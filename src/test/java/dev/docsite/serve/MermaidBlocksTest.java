package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.content.Page;
import dev.docsite.content.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview names a diagram the browser cannot draw by the file and line of its ```mermaid block. */
class MermaidBlocksTest {

    @TempDir
    Path dir;

    private static final String TEXT = String.join("\n",
            "---",
            "title: Flows",
            "---",
            "",
            "```mermaid",
            "graph TD;",
            "  A-->B;",
            "```",
            "",
            ":::tip",
            "",
            "~~~mermaid title=\"Nested\"",
            "sequenceDiagram",
            "~~~",
            "",
            ":::",
            "",
            "````md",
            "```mermaid",
            "not a diagram: an example inside another block",
            "```",
            "````",
            "",
            "- item",
            "",
            "  ```mermaid",
            "  pie",
            "  ```",
            "");

    private Page page(String body) throws Exception {
        Path file = dir.resolve("docs/flows.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        return Page.builder().source(new SourceFile(file, "flows.md", "docs/flows.md")).url("flows/").body(body)
                .build();
    }

    @Test
    void listsEachMermaidBlockWithItsFenceLineAndSourceAndNoExampleInsideAnotherBlock() throws Exception {
        List<MermaidBlocks.Block> expected = List.of(
                new MermaidBlocks.Block("docs/flows.md", 5, "graph TD;\n  A-->B;\n"),
                new MermaidBlocks.Block("docs/flows.md", 12, "sequenceDiagram\n"),
                new MermaidBlocks.Block("docs/flows.md", 26, "pie\n"));
        // The page's body has its frontmatter blanked and keeps the file's lines; without it the file is read.
        assertEquals(expected, MermaidBlocks.of(page("\n\n\n" + TEXT.substring(TEXT.indexOf("---\n", 4) + 4))));
        assertEquals(expected, MermaidBlocks.of(page(null)));
        assertEquals("[{\"file\":\"docs/flows.md\",\"line\":26,\"source\":\"pie\\n\"}]",
                new String(MermaidBlocks.json(expected.subList(2, 3)), StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithoutDiagramsOrWhoseFileIsGoneHasNone() throws Exception {
        assertEquals(List.of(), MermaidBlocks.of(page("# Title\n\n```js\nmermaid();\n```\n")));
        Page gone = Page.builder().source(new SourceFile(dir.resolve("gone.md"), "gone.md", "docs/gone.md"))
                .url("gone/").build();
        assertEquals(List.of(), MermaidBlocks.of(gone));
    }
}
