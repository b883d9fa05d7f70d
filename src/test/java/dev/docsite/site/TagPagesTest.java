package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.testing.OutputLinkWalker;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs tags as Docusaurus publishes them: a page's tags link to their tag pages, each tag page lists the listed docs
 * carrying it, and the tags index lists every tag with its number of docs, grouped by first letter.
 */
class TagPagesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.page("guides/risk.md", "title: Risk\ndescription: Scoring <risks>\ntags: [Risk Scoring, metrics]", "Text.\n");
        site.page("guides/dash.md", "title: Dashboard\ntags: [metrics]", "Text.\n");
        site.page("guides/secret.md", "title: Secret\nunlisted: true\ntags: [metrics]", "Text.\n");
        return site;
    }

    @Test
    void aPagesTagsLinkToTheirTagPages() {
        TestSite site = site();
        assertEquals(List.of(), site.build().problems());
        Document risk = site.html("guides/risk/index.html");
        assertEquals(List.of("../../tags/risk-scoring/", "../../tags/metrics/"), risk.select(".tags .tag a").eachAttr("href"));
        assertEquals(List.of("Risk Scoring", "metrics"), risk.select(".tags .tag a").eachText());
        assertEquals(List.of("metrics"), site.html("guides/secret/index.html").select(".tags .tag").eachText(),
                "an unlisted doc is on no tag page, so its tags are plain text");
        assertEquals(List.of(), site.html("guides/secret/index.html").select(".tags a"));
    }

    @Test
    void aTagPageListsItsListedDocsByTitle() {
        TestSite site = site();
        site.build();
        Document metrics = site.html("tags/metrics/index.html");
        assertEquals("2 docs tagged with \u201cmetrics\u201d", metrics.selectFirst("h1").text());
        assertEquals("2 docs tagged with \u201cmetrics\u201d | Test Docs", metrics.title());
        assertEquals(List.of("Dashboard", "Risk"), metrics.select(".tag-doc h2 a").eachText());
        assertEquals(List.of("../../guides/dash/", "../../guides/risk/"), metrics.select(".tag-doc h2 a").eachAttr("href"));
        assertEquals("Scoring <risks>", metrics.selectFirst(".tag-doc p").text());
        assertEquals("../../tags/", metrics.selectFirst("a:containsOwn(View all tags)").attr("href"));
        assertEquals("1 doc tagged with \u201cRisk Scoring\u201d",
                site.html("tags/risk-scoring/index.html").selectFirst("h1").text());
    }

    @Test
    void theTagsIndexListsEveryTagWithItsCountUnderItsFirstLetter() {
        TestSite site = site();
        site.build();
        Document index = site.html("tags/index.html");
        assertEquals("Tags", index.selectFirst("h1").text());
        assertEquals(List.of("M", "R"), index.select(".tags-index h2").eachText());
        assertEquals(List.of("metrics 2", "Risk Scoring 1"), index.select(".tags-index .tag a").eachText());
        assertEquals(List.of("../tags/metrics/", "../tags/risk-scoring/"), index.select(".tags-index .tag a").eachAttr("href"));
        assertEquals(List.of(), OutputLinkWalker.deadReferences(site.out()));
    }

    @Test
    void aSiteWithoutTagsHasNoTagPages() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Test Docs\n");
        site.page("index.md", "title: Home", "Welcome.\n");
        site.build();
        assertFalse(Files.exists(site.out().resolve("tags")));
    }
}
