package dev.docsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.problem.Problem;
import dev.docsite.site.BuildResult;
import dev.docsite.testing.Golden;
import dev.docsite.testing.ProseCheck;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every MDX construct of issue 16 in one site ({@code fixtures/mdx-constructs}): partials with props, nested, inside
 * tabs; constants of a site module as tab labels; {@code frontMatter} and {@code export const} in text; each theme
 * component; each code-block feature; math; unknown components with and without children; unknown and unclosed
 * admonitions; {@code <DocCardList />} on a category index, on a doc of the category and on a doc in none. Each
 * page's body and TOC and the build's problems equal {@code golden/mdx-constructs/}, and every prose line of the
 * sources is shown by some page.
 */
class MdxConstructsSiteTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/mdx-constructs");
    private static final List<String> PAGES = List.of("index", "components", "code", "math", "mistakes", "guides",
            "guides/first", "guides/second");

    @TempDir
    static Path dir;

    private static TestSite site;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        TreeCopy.copy(FIXTURE, dir);
        site = new TestSite(dir);
        result = site.build();
    }

    @Test
    void everyPageBodyTocAndProblemIsAsCheckedIn() {
        assertFalse(result.failed(), result.failure());
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("problems.txt", lines(result.problems().stream().map(Problem::format).toList()));
        for (String page : PAGES) {
            Document html = site.html(page.equals("index") ? "index.html" : page + "/index.html");
            html.outputSettings().prettyPrint(false);
            Element body = html.selectFirst("article .markdown");
            files.put(page + ".html", (body == null ? "(no body)" : body.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8));
            files.put(page + ".toc.txt", lines(toc(html)));
        }
        Golden.assertTree(Golden.ROOT.resolve("mdx-constructs"), files);
    }

    @Test
    void everyProseLineOfTheSourcesIsShown() {
        assertEquals(List.of(), ProseCheck.missing(dir.resolve("content"), site.out()));
    }

    /** The page's table of contents, one entry a line: its depth class, target and text. */
    private static List<String> toc(Document html) {
        List<String> entries = new ArrayList<>();
        for (Element item : html.select("nav.toc li.toc-item")) {
            Element a = item.selectFirst("a");
            entries.add(item.className() + " " + a.attr("href") + " " + a.text());
        }
        return entries;
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
