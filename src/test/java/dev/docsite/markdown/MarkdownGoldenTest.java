package dev.docsite.markdown;

import static dev.docsite.markdown.Pages.ENGINE;

import dev.docsite.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases of every Markdown extension: {@code golden/markdown/<extension>/<case>/input.md} rendered to body HTML
 * and compared exactly with {@code expected.html}. A case may also pin the notices the Markdown stage reports for the page
 * ({@code expected-notices.txt}, absent when there are none) and the links the renderer resolved
 * ({@code expected-links.txt}, absent when there are none; {@code links.txt} says how they resolve, see
 * {@link GoldenRenderContext}). A new case is a new folder; {@code mvn -B test -Dgolden.update=true} writes its
 * expected files. Cases under {@code math/} are parsed as on a site that turns math on.
 */
class MarkdownGoldenTest {

    private static final Path CASES = Golden.ROOT.resolve("markdown");
    private static final MarkdownEngine MATH_ENGINE = new MarkdownEngine(true);

    @TestFactory
    Stream<DynamicTest> everyCaseRendersAsExpected() {
        return Golden.caseFolders(CASES, 2).stream()
                .map(dir -> DynamicTest.dynamicTest(CASES.relativize(dir).toString().replace('\\', '/'),
                        () -> check(dir)));
    }

    private static void check(Path dir) {
        Path input = dir.resolve("input.md");
        if (!Files.isRegularFile(input)) {
            throw new AssertionError(dir + ": a Markdown golden case needs an input.md");
        }
        String source = Golden.read(input);
        Path linksFile = dir.resolve("links.txt");
        GoldenRenderContext ctx = new GoldenRenderContext(Files.isRegularFile(linksFile) ? Golden.read(linksFile) : "");
        MarkdownEngine engine = CASES.relativize(dir).startsWith("math") ? MATH_ENGINE : ENGINE;
        String html = engine.render(source, ctx);
        String notices = engine.analysis(source).notices().stream()
                .map(n -> "input.md:" + n.line() + ":" + n.column() + ": notice: " + n.message() + " [" + n.code() + "]\n")
                .collect(Collectors.joining());
        Golden.assertText(dir.resolve("expected.html"), html);
        Golden.assertOptionalText(dir.resolve("expected-notices.txt"), notices);
        Golden.assertOptionalText(dir.resolve("expected-links.txt"), ctx.askedLinks());
    }
}
