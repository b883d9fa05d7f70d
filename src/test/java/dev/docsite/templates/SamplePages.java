package dev.docsite.templates;

import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;

/** A realistic page three levels deep, to be varied per test with the {@code with...} helpers. */
final class SamplePages {

    static final SiteView SITE = new SiteView("Conviso Docs", "Security made simple", "/docs/", "1.2.3",
            Map.of("footer", "© Example Corp"));

    private SamplePages() {
    }

    static PageView riskScore() {
        List<NavItem> sidebar = List.of(
                new NavItem("Introduction", "../../", false, false, false, List.of()),
                new NavItem("Platform", "../", false, true, true, List.of(
                        new NavItem("Dashboard", "../dashboard/", false, false, false, List.of()),
                        new NavItem("Risk Score", "./", true, true, false, List.of()))),
                new NavItem(NavItem.Kind.CATEGORY, "Integrations", null, false, false, false, true, false, null, null,
                        false, List.of(), new NavItem.Fill(0, 1, "../../integrations/jira/")));
        return new PageView(
                "../../",
                "platform/risk-score/",
                "https://docs.example.com/docs/platform/risk-score/",
                "Risk Score",
                false,
                "How the risk score ranks assets",
                List.of("risk", "score"),
                "https://docs.example.com/docs/img/social.png",
                List.of("platform", "metrics"),
                "<h2 id=\"overview\">Overview<a class=\"hash-link\" href=\"#overview\"></a></h2><p>Body <strong>bold</strong></p>"
                        + "<h3 id=\"details\">Details</h3>",
                null,
                null,
                List.of(new TocItem("Overview", "overview", 0), new TocItem("Details", "details", 1)),
                false,
                List.of(new PageLink("Platform", "../")),
                new PageLink("Dashboard", "../dashboard/"),
                new PageLink("Policies", "../policies/"),
                sidebar, null,
                "https://github.com/example/docs/edit/main/docs/platform/risk-score.md",
                Map.of("title", "Risk Score"),
                List.of(),
                false);
    }

    static PageView withTitle(PageView p, String title, String description) {
        return new PageView(p.root(), p.url(), p.canonicalUrl(), title, p.hideTitle(), description, p.keywords(),
                p.image(), p.tags(), p.contentHtml(), p.kpiTopHtml(), p.kpiProvenance(), p.toc(), p.hideToc(),
                p.breadcrumbs(), p.previous(), p.next(), p.sidebar(), null, p.editUrl(), p.frontMatter(), p.problems(),
                p.preview());
    }

    static PageView withFlags(PageView p, boolean hideTitle, boolean hideToc) {
        return new PageView(p.root(), p.url(), p.canonicalUrl(), p.title(), hideTitle, p.description(), p.keywords(),
                p.image(), p.tags(), p.contentHtml(), p.kpiTopHtml(), p.kpiProvenance(), p.toc(), hideToc,
                p.breadcrumbs(), p.previous(), p.next(), p.sidebar(), null, p.editUrl(), p.frontMatter(), p.problems(),
                p.preview());
    }

    static PageView withKpis(PageView p, String kpiTopHtml, String provenance) {
        return new PageView(p.root(), p.url(), p.canonicalUrl(), p.title(), p.hideTitle(), p.description(),
                p.keywords(), p.image(), p.tags(), p.contentHtml(), kpiTopHtml, provenance, p.toc(), p.hideToc(),
                p.breadcrumbs(), p.previous(), p.next(), p.sidebar(), null, p.editUrl(), p.frontMatter(), p.problems(),
                p.preview());
    }

    static PageView withoutOptionalParts(PageView p) {
        return new PageView(p.root(), p.url(), null, p.title(), p.hideTitle(), null, List.of(), null, List.of(),
                p.contentHtml(), null, null, List.of(), false, List.of(), null, null, p.sidebar(), null, null, Map.of(),
                List.of(), false);
    }

    static PageView inPreview(PageView p, List<Problem> problems) {
        return new PageView(p.root(), p.url(), p.canonicalUrl(), p.title(), p.hideTitle(), p.description(),
                p.keywords(), p.image(), p.tags(), p.contentHtml(), p.kpiTopHtml(), p.kpiProvenance(), p.toc(),
                p.hideToc(), p.breadcrumbs(), p.previous(), p.next(), p.sidebar(), null, p.editUrl(), p.frontMatter(),
                problems, true);
    }

    static PageView notFound() {
        return new PageView("/docs/", "404.html", null, "Page not found", false, null, List.of(), null, List.of(),
                "", null, null, List.of(), true, List.of(), null, null, List.of(), null, null, Map.of(), List.of(), false);
    }
}
