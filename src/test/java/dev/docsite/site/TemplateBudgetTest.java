package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages keep their body templates while they fit in the budget; the others are parsed again to render. */
class TemplateBudgetTest {

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    private static final String BODY = "# Title\n\nSome [link](a.md) and text.\n";

    @TempDir
    Path dir;

    @Test
    void keepsTemplatesUntilTheBudgetIsSpent() {
        long oneTemplate = MARKDOWN.prepare(BODY).body().footprint();
        TemplateBudget budget = new TemplateBudget(MARKDOWN, 2 * oneTemplate);
        assertNotNull(budget.parse(BODY).body());
        assertNotNull(budget.parse(BODY).body());
        ParsedPage third = budget.parse(BODY);
        assertNull(third.body());
        assertEquals(MARKDOWN.outline(BODY), third.outline());
        assertNull(budget.parse(BODY).body());
    }

    /**
     * An eighth of the heap while the pages' own data leaves room for it; less, down to none, for sites whose pages
     * fill half the heap on their own.
     */
    @Test
    void budgetShrinksWithTheNumberOfPages() {
        long mb = 1024 * 1024;
        assertEquals(java.util.List.of(128 * mb, 128 * mb, 512 * mb - 40_000 * 12 * 1024L, 0L, 0L, 256 * mb),
                java.util.List.of(TemplateBudget.budgetFor(1024 * mb, 1_000), TemplateBudget.budgetFor(1024 * mb, 10_000),
                        TemplateBudget.budgetFor(1024 * mb, 40_000), TemplateBudget.budgetFor(1024 * mb, 50_000),
                        TemplateBudget.budgetFor(2048 * mb, 100_000), TemplateBudget.budgetFor(2048 * mb, 20_000)));
    }

    @Test
    void aSiteBuiltWithoutKeptTemplatesIsTheSameSite() throws Exception {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Docs\n");
        site.page("index.md", "title: Home", "Start with [the guide](guide/a.md#two).\n");
        site.page("guide/a.md", "title: A", "## One\n\n![pic](../img/p.png)\n\n## Two\n\nBack [home](/).\n");
        site.page("guide/b.md", "title: B", "<a href=\"./a.md\">raw A</a> and [missing](nowhere.md).\n");
        site.bytes("content/img/p.png", new byte[] {1, 2, 3});
        Path kept = dir.resolve("kept");
        Path reparsed = dir.resolve("reparsed");
        new SiteBuilder(site.config(out(kept)), TestSite.CLOCK, Long.MAX_VALUE).build(SiteBuilder.Mode.BUILD);
        new SiteBuilder(site.config(out(reparsed)), TestSite.CLOCK, 0).build(SiteBuilder.Mode.BUILD);
        Map<String, String> a = files(kept);
        assertEquals(a, files(reparsed));
        assertEquals(java.util.List.of("nowhere.md"), Jsoup.parse(a.get("guide/b/index.html")).select("a.broken-link").eachAttr("href"));
    }

    @Test
    void aPageKeepsItsMarkdownOnlyWhenItHasNoTemplateToRenderFrom() throws IOException {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Docs\n");
        site.page("index.md", "title: Home", "Hello *there*.\n");
        for (long budget : new long[] {Long.MAX_VALUE, 0}) {
            PageLoader loader = new PageLoader(new TemplateBudget(MARKDOWN, budget)::parse);
            Page page = ContentStage.load(site.config(), loader).pages().get(0);
            if (budget == 0) {
                assertNull(page.bodyTemplate());
                assertEquals("\n\n\nHello *there*.\n", page.body());
            } else {
                assertNotNull(page.bodyTemplate());
                assertNull(page.body());
            }
        }
    }

    private static ConfigOverrides out(Path dir) {
        return new ConfigOverrides(null, null, null, dir, null, null, null, null);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p,
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
