package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pages load KaTeX (those with a formula, on a site that turns math on) and which sites get the KaTeX files; a
 * formula's TeX stays readable in the page without JavaScript.
 */
class MathFormulasTest {

    @TempDir
    Path dir;

    private TestSite site(String siteYml) {
        return new TestSite(dir).file("site.yml", siteYml)
                .page("index.md", "title: Home", "Euler: $e^{i\\pi} = -1$.\n")
                .page("guide/display.md", "title: Display", "$$\n\\frac{a}{b}\n$$\n")
                .page("guide/plain.md", "title: Plain", "It costs $5 and $10.\n");
    }

    @Test
    void onlyPagesWithAFormulaLoadTheScript() throws Exception {
        TestSite site = site("title: M\nmarkdown:\n  math: true\n");
        assertFalse(site.build().failed());
        assertEquals(List.of("./assets/math-formulas.js"), site.html("index.html").select("article script").eachAttr("src"));
        assertEquals("\\(e^{i\\pi} = -1\\)", site.html("index.html").selectFirst("article span.math.math-inline").text());
        assertEquals(List.of("../../assets/math-formulas.js"),
                site.html("guide/display/index.html").select("article script").eachAttr("src"));
        assertEquals("\\[\\frac{a}{b}\\]",
                site.html("guide/display/index.html").selectFirst("article div.math.math-display").wholeText());
        assertEquals(List.of(), site.html("guide/plain/index.html").select("script[src*=math]").eachAttr("src"));
        assertEquals("It costs $5 and $10.", site.html("guide/plain/index.html").selectFirst("article p").text());
        assertTrue(Files.isRegularFile(site.out().resolve("assets/math-formulas.js")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/vendor/katex/katex.min.js")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/vendor/katex/katex.min.css")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/vendor/katex/fonts/KaTeX_Main-Regular.woff2")));
    }

    @Test
    void aSiteWithoutMathKeepsDollarsAsTextAndGetsNoKatexFiles() throws Exception {
        TestSite site = site("title: M\n");
        assertFalse(site.build().failed());
        assertEquals("Euler: $e^{i\\pi} = -1$.", site.html("index.html").selectFirst("article p").text());
        assertEquals(List.of(), site.html("index.html").select("script[src*=math]").eachAttr("src"));
        assertFalse(Files.exists(site.out().resolve("assets/math-formulas.js")));
        assertFalse(Files.exists(site.out().resolve("assets/vendor/katex")));
    }
}
