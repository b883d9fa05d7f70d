package dev.docsite.markdown.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.problem.Problem;
import dev.docsite.site.BuildResult;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MDX fixture site's partials: included in place with their props, nested, inside tabs, their headings in the
 * TOC and anchors, their problems at their own lines, and a cycle reported instead of followed.
 */
class PartialsSiteTest {

    @TempDir
    Path dir;

    private TestSite site;
    private BuildResult result;

    @BeforeEach
    void build() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/fixtures/mdx-site"), dir);
        site = new TestSite(dir);
        result = site.build();
    }

    @Test
    void reportsProblemsInPartialsAtTheirOwnLinesWithTheIncludingPage() {
        assertEquals(List.of(
                "content/_b.md:5:1: error: <A> includes content/_a.md at content/_b.md:5, which is already being"
                        + " included at content/cycle.md:8; a partial cannot include itself, so it is not included"
                        + " here (in a partial included at content/_a.md:5) [partial]",
                "content/_oops.md:3:1: warning: Unknown admonition type 'notee', rendered as a generic admonition;"
                        + " did you mean 'note'? (in a partial included at content/guide.md:12) [unknown-admonition]",
                "content/guide.md:14:1: error: <Gone> is not included: the partial './_gone.md' does not exist"
                        + " (looked for content/_gone.md) [partial]"),
                result.problems().stream().map(Problem::format).sorted().toList());
    }

    @Test
    void includesPartialsInPlaceWithPropsNestedAndInsideTabs() {
        Document home = site.html("index.html");
        Element body = home.selectFirst("article .markdown");
        assertEquals(List.of("Intro prose line for the home page.", "Download the installer for Linux and run it.",
                        "Every platform shares these details, as the guide says.", "macOS", "Download the installer for macOS and run it.",
                        "Every platform shares these details, as the guide says.", "Windows", "Windows users read this.",
                        "See the Linux step and the shared part."),
                body.select("p").eachText());
        assertEquals(List.of("install-on-linux", "shared-details", "install-on-macos", "shared-details-1"),
                body.select("h2, h3").eachAttr("id"));
        assertEquals(List.of("Download the installer for macOS and run it.", "Every platform shares these details, as the guide says."),
                body.select("#tabs-1-panel-1 > p:not(.tab-label)").eachText());
    }

    @Test
    void partialHeadingsJoinTheTocAndAreAnchors() {
        assertEquals(List.of("#install-on-linux Install on Linux", "#shared-details Shared details",
                        "#install-on-macos Install on macOS", "#shared-details-1 Shared details"),
                site.html("index.html").select(".toc a").stream().map(a -> a.attr("href") + " " + a.text()).toList());
        assertEquals(List.of("Guide intro text.", "Every platform shares these details, as the guide says.", "Before the typo.",
                        "Notee", "A typo of note inside a partial.", "Back to the Linux install."),
                site.html("guide/index.html").select("article .markdown p").eachText());
    }

    @Test
    void aFileLinkInAPartialResolvesFromThePartialsFolder() {
        // content/partials/_shared.md links '../guide.md': from its own folder that is content/guide.md, as
        // Docusaurus resolves a partial's links (from the including page's folder it would leave the site).
        assertEquals(List.of("./guide/", "./guide/"), site.html("index.html").select("article .markdown a:contains(guide)")
                .eachAttr("href"));
        assertEquals(List.of("../guide/"), site.html("guide/index.html").select("article .markdown a:contains(guide)")
                .eachAttr("href"));
    }

    @Test
    void aCycleIncludesEachPartialOnceAndStops() {
        assertEquals(List.of("Cycle page text.", "Text of A.", "Text of B."),
                site.html("cycle/index.html").select("article .markdown p").eachText());
    }
}
