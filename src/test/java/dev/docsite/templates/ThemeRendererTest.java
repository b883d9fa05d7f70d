package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeRendererTest {

    @TempDir
    Path tmp;

    private Document render(PageView page) {
        ThemeRenderer renderer = new ThemeRenderer(tmp.resolve("no-such-templates"));
        return Jsoup.parse(renderer.renderPage(SamplePages.SITE, page));
    }

    @Test
    void titleCombinesPageAndSiteTitles() {
        Document doc = render(SamplePages.riskScore());

        assertEquals("Risk Score | Conviso Docs", doc.title());
        assertEquals("Risk Score", doc.selectFirst("h1").text());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("html", doc.documentType().name());
    }

    @Test
    void headCarriesMetaDescriptionKeywordsOpenGraphCanonicalAndGenerator() {
        Document doc = render(SamplePages.riskScore());

        assertEquals("How the risk score ranks assets", doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals("risk, score", doc.selectFirst("meta[name=keywords]").attr("content"));
        assertEquals("Risk Score", doc.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("How the risk score ranks assets", doc.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals("https://docs.example.com/docs/img/social.png", doc.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("https://docs.example.com/docs/platform/risk-score/", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("docsite 1.2.3", doc.selectFirst("meta[name=generator]").attr("content"));
        assertNotNull(doc.selectFirst("meta[name=viewport]"));
        assertNotNull(doc.selectFirst("meta[charset]"));
    }

    @Test
    void optionalHeadTagsAreLeftOutWhenAbsent() {
        Document doc = render(SamplePages.withoutOptionalParts(SamplePages.riskScore()));

        assertNull(doc.selectFirst("meta[name=description]"));
        assertNull(doc.selectFirst("meta[name=keywords]"));
        assertNull(doc.selectFirst("meta[property=og:image]"));
        assertNull(doc.selectFirst("link[rel=canonical]"));
        assertNull(doc.selectFirst(".edit-this-page"));
        assertNull(doc.selectFirst(".pagination-nav"));
        assertNull(doc.selectFirst(".breadcrumbs"));
        assertNull(doc.selectFirst(".tags"));
        assertNull(doc.selectFirst(".toc"));
    }

    @Test
    void hostileTitleAndDescriptionAreEscapedToText() {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        Document doc = render(SamplePages.withTitle(SamplePages.riskScore(), hostile, hostile));

        assertTrue(doc.select("body script:not([src])").isEmpty(), "no injected script element");
        assertEquals(hostile, doc.selectFirst("h1").text());
        assertEquals(hostile + " | Conviso Docs", doc.title());
        assertEquals(hostile, doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals(hostile, doc.selectFirst(".breadcrumb-current").text());
    }

    @Test
    void contentHtmlIsInsertedUnescaped() {
        Document doc = render(SamplePages.riskScore());

        Element markdown = doc.selectFirst(".markdown");
        assertEquals("bold", markdown.selectFirst("p > strong").text());
        assertEquals("overview", markdown.selectFirst("h2").id());
    }

    @Test
    void everyInternalUrlIsRelativeToThePage() {
        Document doc = render(SamplePages.riskScore());

        for (Element element : doc.select("[href], [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertFalse(url.startsWith("/"), () -> "absolute path in " + element.outerHtml());
        }
        assertEquals(List.of("../../assets/docsite.css"), doc.select("link[rel=stylesheet]").eachAttr("href"),
                "one stylesheet, KPI widgets' styles included");
        assertNotNull(doc.selectFirst("script[src=../../assets/docsite.js]"));
        assertNull(doc.selectFirst("script[src*=highlight]"), "docsite.js loads highlight.js where there is code");
        assertEquals("../../", doc.selectFirst(".navbar-brand").attr("href"));
        assertEquals("../../", doc.selectFirst("html").attr("data-root"));
    }

    @Test
    void siteTitleLinksToTheCurrentFolderOnTheRootPage() {
        PageView root = SamplePages.riskScore();
        root = PageView.builder().root("").url("").title("Home").contentHtml("").sidebar(root.sidebar()).build();

        Document doc = render(root);

        assertEquals("./", doc.selectFirst(".navbar-brand").attr("href"));
        assertEquals("assets/docsite.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void sidebarMarksTheActivePageAndOpensItsBranch() {
        Document doc = render(SamplePages.riskScore());

        Element active = doc.selectFirst(".sidebar a[aria-current=page]");
        assertEquals("Risk Score", active.text());
        assertEquals(1, doc.select(".sidebar [aria-current]").size());
        Element platform = doc.select(".sidebar details").get(0);
        assertTrue(platform.hasAttr("open"), "active branch expanded");
        assertEquals("", platform.selectFirst("summary").text(), "the toggle holds no link");
        assertEquals("Platform", platform.selectFirst("summary").attr("aria-label"));
        Element platformLink = platform.parent().child(0);
        assertEquals("a", platformLink.tagName());
        assertEquals("Platform", platformLink.text());
        assertEquals("../", platformLink.attr("href"));
        assertEquals(List.of("Dashboard", "Risk Score"), platform.select("ul a").eachText());
        Element integrations = doc.select(".sidebar details").get(1);
        assertFalse(integrations.hasAttr("open"), "other categories collapsed");
        assertEquals(List.of("0", "1"), List.of(integrations.attr("data-sidebar"), integrations.attr("data-category")),
                "where the script finds its items");
        assertEquals(List.of(), integrations.select("ul"), "a closed category holds no items");
        assertEquals("<a class=\"menu-link menu-link-first\" href=\"../../integrations/jira/\">Integrations</a>",
                integrations.parent().child(0).outerHtml(), "without JavaScript: its first doc, beside the toggle");
        assertEquals("Integrations", integrations.selectFirst("summary").attr("aria-label"));
        assertEquals(0, integrations.selectFirst("summary").childrenSize(), "no link inside the toggle");
    }

    @Test
    void tableOfContentsListsHeadingsWithDepth() {
        Document doc = render(SamplePages.riskScore());

        List<String> hrefs = doc.select(".toc a").eachAttr("href");
        assertEquals(List.of("#overview", "#details"), hrefs);
        assertTrue(doc.select(".toc li").get(1).hasClass("toc-depth-1"));
        assertTrue(doc.selectFirst(".layout").hasClass("has-toc"));
    }

    @Test
    void hideTableOfContentsRemovesTheTocColumn() {
        Document doc = render(SamplePages.withFlags(SamplePages.riskScore(), false, true));

        assertNull(doc.selectFirst(".toc-column"));
        assertFalse(doc.selectFirst(".layout").hasClass("has-toc"));
    }

    @Test
    void hideTitleRemovesTheHeadingButKeepsTheDocumentTitle() {
        Document doc = render(SamplePages.withFlags(SamplePages.riskScore(), true, false));

        assertNull(doc.selectFirst("h1"));
        assertEquals("Risk Score | Conviso Docs", doc.title());
    }

    @Test
    void previousAndNextLinksShowLabels() {
        Document doc = render(SamplePages.riskScore());

        Element prev = doc.selectFirst("a.pagination-prev");
        Element next = doc.selectFirst("a.pagination-next");
        assertEquals("../dashboard/", prev.attr("href"));
        assertEquals("Dashboard", prev.selectFirst(".pagination-label").text());
        assertEquals("../policies/", next.attr("href"));
        assertEquals("Policies", next.selectFirst(".pagination-label").text());
    }

    @Test
    void breadcrumbsLeadFromTheRootToTheCurrentPage() {
        Document doc = render(SamplePages.riskScore());

        assertEquals(List.of("Platform", "Risk Score"), doc.select(".breadcrumbs li").eachText());
        assertEquals("../", doc.selectFirst(".breadcrumbs a").attr("href"));
        assertEquals("page", doc.selectFirst(".breadcrumb-current [aria-current]").attr("aria-current"));
    }

    @Test
    void editLinkTagsAndFooterAreShown() {
        Document doc = render(SamplePages.riskScore());

        assertEquals("https://github.com/example/docs/edit/main/docs/platform/risk-score.md",
                doc.selectFirst(".edit-this-page a").attr("href"));
        assertEquals(List.of("platform", "metrics"), doc.select(".tags .tag").eachText());
        assertEquals("© Example Corp", doc.selectFirst(".site-footer-text").text());
    }

    @Test
    void searchBoxAndThemeToggleAreInTheHeader() {
        Document doc = render(SamplePages.riskScore());

        assertNotNull(doc.selectFirst(".navbar input#search-input[type=search]"));
        assertNotNull(doc.selectFirst(".navbar #search-results[hidden]"));
        assertNotNull(doc.selectFirst(".navbar button.theme-toggle"));
        assertEquals("Conviso Docs", doc.selectFirst(".navbar-title").text());
    }

    @Test
    void kpiTopHtmlIsRawAndProvenanceIsANote() {
        PageView page = SamplePages.withKpis(SamplePages.riskScore(),
                "<div class=\"kpi-grid\"><span class=\"kpi\">42</span></div>", "KPI data as of 2024-06-01 from feed.json");

        Document doc = render(page);

        assertEquals("42", doc.selectFirst(".kpi-top .kpi-grid .kpi").text());
        assertEquals("KPI data as of 2024-06-01 from feed.json", doc.selectFirst("p.kpi-provenance").text());
    }

    @Test
    void previewModeAddsLiveReloadScriptAndEmptyProblemsContainer() {
        Document doc = render(SamplePages.inPreview(SamplePages.riskScore(), List.of()));

        assertNotNull(doc.selectFirst("script[src=../../__docsite/live.js]"));
        Element overlay = doc.selectFirst("#docsite-problems");
        assertTrue(overlay.hasAttr("hidden"));
        assertTrue(overlay.select(".problem").isEmpty());
    }

    @Test
    void staticBuildHasNoPreviewScriptNorProblemsContainer() {
        Document doc = render(SamplePages.riskScore());

        assertTrue(doc.select("script[src*=__docsite]").isEmpty());
        assertNull(doc.selectFirst("#docsite-problems"));
    }

    @Test
    void problemsAreListedInTheOverlay() {
        List<Problem> problems = List.of(
                Problem.error(ProblemCode.BROKEN_LINK, "docs/platform/risk-score.md", 12, 5, "Link target <missing.md> not found"),
                Problem.warning(ProblemCode.UNKNOWN_KPI, null, 0, 0, "KPI 'mttr' has no data"));

        Document doc = render(SamplePages.inPreview(SamplePages.riskScore(), problems));

        Element overlay = doc.selectFirst("#docsite-problems");
        assertFalse(overlay.hasAttr("hidden"));
        assertEquals("2 problems on this page", overlay.selectFirst(".problems-count").text());
        Element first = overlay.select(".problem").get(0);
        assertTrue(first.hasClass("problem-error"));
        assertEquals("docs/platform/risk-score.md:12:5", first.selectFirst(".problem-location").text());
        assertEquals("Link target <missing.md> not found", first.selectFirst(".problem-message").text());
        assertEquals("broken-link", first.selectFirst(".problem-code").text());
        assertTrue(overlay.select(".problem").get(1).hasClass("problem-warning"));
    }

    @Test
    void notFoundPageUsesTheBaseUrlAsRoot() {
        ThemeRenderer renderer = new ThemeRenderer(tmp.resolve("none"));

        Document doc = Jsoup.parse(renderer.renderNotFound(SamplePages.SITE, SamplePages.notFound()));

        assertEquals("Page not found | Conviso Docs", doc.title());
        assertEquals("Page not found", doc.selectFirst("h1").text());
        assertEquals("/docs/", doc.selectFirst(".not-found a.button").attr("href"));
        assertEquals("/docs/assets/docsite.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNull(doc.selectFirst(".sidebar"));
    }

    @Test
    void rendersIdenticallyFromManyThreadsAtOnce() {
        ThemeRenderer renderer = new ThemeRenderer(tmp.resolve("none"));
        PageView page = SamplePages.riskScore();
        String expected = renderer.renderPage(SamplePages.SITE, page);

        List<String> outputs = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> renderer.renderPage(SamplePages.SITE, page)).toList();

        assertTrue(outputs.stream().allMatch(expected::equals));
    }
}
