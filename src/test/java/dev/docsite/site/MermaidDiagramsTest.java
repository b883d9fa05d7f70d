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
 * Which pages load the Mermaid script (those with a diagram, on a site that turns diagrams on) and which sites get
 * the Mermaid files; the diagram's source stays a code block, readable without JavaScript.
 */
class MermaidDiagramsTest {

    @TempDir
    Path dir;

    private TestSite site(String siteYml) {
        return new TestSite(dir).file("site.yml", siteYml)
                .page("index.md", "title: Home", "```mermaid\ngraph TD;\n  A-->B;\n```\n")
                .page("guide/plain.md", "title: Plain", "No diagram here.\n");
    }

    @Test
    void onlyPagesWithADiagramLoadTheScript() throws Exception {
        TestSite site = site("title: D\nmarkdown:\n  mermaid: true\n");
        assertFalse(site.build().failed());
        assertEquals(List.of("./assets/mermaid-diagrams.js"), site.html("index.html").select("article script").eachAttr("src"));
        assertEquals("graph TD;\n  A-->B;", site.html("index.html").selectFirst("article pre code.language-mermaid").wholeText().strip());
        assertEquals(List.of(), site.html("guide/plain/index.html").select("script[src*=mermaid]").eachAttr("src"));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/vendor/mermaid.min.js")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/mermaid-diagrams.js")));
    }

    @Test
    void aSiteWithoutDiagramsKeepsTheCodeBlockAndGetsNoMermaidFiles() throws Exception {
        TestSite site = site("title: D\n");
        assertFalse(site.build().failed());
        assertEquals(List.of(), site.html("index.html").select("script[src*=mermaid]").eachAttr("src"));
        assertFalse(Files.exists(site.out().resolve("assets/vendor/mermaid.min.js")));
        assertFalse(Files.exists(site.out().resolve("assets/mermaid-diagrams.js")));
    }
}
