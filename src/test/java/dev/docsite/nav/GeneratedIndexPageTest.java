package dev.docsite.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.SiteConfig;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of {@code link: {type: 'generated-index'}} categories and {@code <DocCardList />}, built from
 * {@code docusaurus-sidebars/sidebars.js}: as Docusaurus's {@code DocCategoryGeneratedIndexPage} and {@code DocCard},
 * a title (the link's, else the category label), the description, and one card per item.
 */
class GeneratedIndexPageTest {

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = SidebarFixture.copy(dir);
        SiteConfig config = SidebarFixture.config(site, "sidebars.js");
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertEquals(List.of(), result.problems());
        out = config.outDir();
    }

    @Test
    void aGeneratedIndexShowsTheCategoryTitleDescriptionAndACardPerItem() throws IOException {
        Document page = html("docs/category/getting-started/index.html");
        assertEquals("Getting started", page.selectFirst("h1.doc-title").text());
        assertEquals("Install and configure.", page.selectFirst(".generated-index-description").text());
        assertEquals(List.of(
                        "📄️ Install | ../../../docs/getting-started/install/ | Put the tool on your machine.",
                        "📄️ Configure it | ../../../docs/getting-started/configure/"
                                + " | Write the configuration file next to your sources."),
                cards(page));
    }

    @Test
    void aGeneratedIndexIsShownWithItsCategoryMarkedInTheSidebarAndPaginatesInSidebarOrder() throws IOException {
        Document page = html("docs/category/getting-started/index.html");
        Element active = page.selectFirst(".sidebar a.menu-link-active, .sidebar a[aria-current=page]");
        assertEquals("Getting started | ../../../docs/category/getting-started/", active == null ? "none" : active.text() + " | " + active.attr("href"));
        assertEquals(List.of("Previous | Introduction | ../../../docs/intro/", "Next | Install | ../../../docs/getting-started/install/"),
                page.select(".pagination-link").stream().map(a -> a.selectFirst(".pagination-sublabel").text()
                        + " | " + a.selectFirst(".pagination-label").text() + " | " + a.attr("href")).toList());
    }

    @Test
    void aSubCategoryCardCountsItsItemsAndLinksToItsIndex() throws IOException {
        // 'Reference' has no link, so it has no page; its 'File formats' sub-category has one, at its slug.
        Document page = html("docs/formats/index.html");
        assertEquals("File formats", page.selectFirst("h1.doc-title").text());
        assertEquals(List.of("📄️ JSON | ../../docs/reference/formats/json/ | JSON files.",
                "📄️ YAML | ../../docs/reference/formats/yaml/ | YAML files."), cards(page));
    }

    @Test
    void docCardListInACategorysDocShowsThatCategorysItems() throws IOException {
        Document page = html("docs/guides/overview/index.html");
        assertEquals(List.of("📄️ Writing guides | ../../../docs/guides/write/ | How to write.",
                "📄️ Client (API) | ../../../docs/api/client/ | The client."), cards(page));
    }

    @Test
    void linksToGeneratedIndexesResolveAndTheyAreInTheSitemap() throws IOException {
        Document intro = html("docs/intro/index.html");
        assertEquals(List.of("../../docs/category/getting-started", "../../docs/formats"),
                intro.select(".markdown a").stream().map(a -> a.attr("href")).toList());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertEquals(2, List.of("/docs/category/getting-started/</loc>", "/docs/formats/</loc>").stream()
                .filter(sitemap::contains).count());
    }

    private static List<String> cards(Document page) {
        return page.select(".doc-card").stream().map(card -> card.selectFirst(".doc-card-title").text() + " | "
                + card.selectFirst("a").attr("href") + " | " + card.selectFirst(".doc-card-description").text())
                .toList();
    }

    private static Document html(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)), "");
    }
}
