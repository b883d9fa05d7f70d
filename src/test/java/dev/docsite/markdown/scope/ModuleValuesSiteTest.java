package dev.docsite.markdown.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.problem.Problem;
import dev.docsite.site.BuildResult;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values fixture site: {@code export const}s of a page and values imported from the site's modules (a
 * TypeScript module read as Docusaurus's server rendering sees it, a JSON file, named CommonJS exports) fill JSX
 * attributes and text expressions; what cannot be evaluated stays as written and is a warning at its line.
 */
class ModuleValuesSiteTest {

    @TempDir
    static Path dir;

    private static TestSite site;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/fixtures/mdx-values"), dir);
        site = new TestSite(dir);
        result = site.build();
    }

    @Test
    void tabLabelsAndDefaultComeFromTheImportedConstants() {
        Document page = site.html("index.html");
        assertEquals(List.of("macOS", "Windows", "GNU/Linux", "iOS"), page.select(".tab-button").eachText());
        // defaultOs is 'linux' when canUseDOM is false, as in the HTML Docusaurus renders on the server.
        assertEquals(List.of("linux", "ios"), page.select(".tab-panel[data-default=true]").eachAttr("data-tab-value"));
    }

    @Test
    void textExpressionsShowTheValues() {
        assertEquals(List.of("Install version 2.2 on macOS, Windows, Linux, release 7.",
                        "Hello world, {unknown.name} stays as written.",
                        "Broken: {broken()} and {data.release.nope.deeper}.", "Code spans too: {version}."),
                site.html("index.html").select("article .markdown > p").eachText());
        assertEquals("const shown = {constants.oses};", site.html("index.html").selectFirst("pre code").text());
    }

    @Test
    void whatCannotBeEvaluatedIsAWarningAtItsLine() {
        assertEquals(List.of(
                "content/index.md:41:9: warning: {broken()} cannot be evaluated, its source text is kept: Error: no"
                        + " greeting today (core/strings.js:1) [mdx-expression]",
                "content/index.md:41:24: warning: {data.release.nope.deeper} cannot be evaluated, its source text is"
                        + " kept: TypeError: Cannot read property 'deeper' of undefined [mdx-expression]"),
                result.problems().stream().map(Problem::format).toList());
    }

    @Test
    void aPageWithoutModuleImportsDoesNotNeedTheEngine() throws Exception {
        Path plain = Files.createTempDirectory(dir, "plain");
        TestSite other = new TestSite(plain).file("site.yml", "title: Plain\n")
                .page("index.md", "title: Plain", "import Tabs from '@theme/Tabs';\n\nexport const x = 1;\n\nText {y}.\n");
        assertEquals(List.of(), other.build().problems());
        assertEquals("Text {y}.", other.html("index.html").selectFirst("article .markdown p").text());
    }
}
