package dev.docsite.content;

import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.ParsedPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A page whose parsing exhausts the stack or the heap is that page's error; the loader goes on with the others. */
class PageTooComplexTest {

    private static SourceFile file(String rel) {
        return new SourceFile(Path.of("/site/content").resolve(rel), rel, "content/" + rel);
    }

    private static List<String> problems(PageLoader.Loaded loaded) {
        return loaded.problems().stream().map(dev.docsite.problem.Problem::format).toList();
    }

    @Test
    void aStackOverflowIsThePagesErrorWithoutATrace() {
        PageLoader loader = new PageLoader(body -> {
            throw new StackOverflowError();
        });
        PageLoader.Loaded loaded = loader.fromText(file("deep.md"), "# Deep\n");
        assertNull(loaded.page());
        assertEquals(List.of("content/deep.md:1: error: the page is too deeply nested to parse (StackOverflowError);"
                + " it is not built: split it or nest less deeply [nesting]"), problems(loaded));
    }

    @Test
    void runningOutOfMemoryIsThePagesErrorWithoutATrace() {
        PageLoader loader = new PageLoader(body -> {
            throw new OutOfMemoryError("Java heap space");
        });
        PageLoader.Loaded loaded = loader.fromText(file("huge.md"), "# Huge\n");
        assertNull(loaded.page());
        assertEquals(List.of("content/huge.md:1: error: the page is too large to parse (OutOfMemoryError); it is not"
                + " built: split it or nest less deeply [nesting]"), problems(loaded));
    }

    @Test
    void aPageNestedTooDeeplyIsBuiltWithAWarningAtItsLine() {
        MarkdownEngine engine = new MarkdownEngine();
        PageLoader loader = new PageLoader(engine::prepare);
        PageLoader.Loaded loaded = loader.fromText(file("quotes.md"), "---\ntitle: Q\n---\n\n" + "> ".repeat(2_000) + "x\n");
        assertEquals("Q", loaded.page().title());
        assertEquals(List.of("content/quotes.md:5:1: warning: block quotes and lists nested more than 100 levels deep;"
                + " from this line on the page is shown as plain text: nest less deeply [nesting]"), problems(loaded));
    }
}
