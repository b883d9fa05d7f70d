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
                NavItem.builder(NavItem.Kind.CATEGORY).label("Integrations").collapsible(true)
                        .fill(new NavItem.Fill(0, 1, "../../integrations/jira/")).build());
        return PageView.builder()
                .root("../../")
                .url("platform/risk-score/")
                .canonicalUrl("https://docs.example.com/docs/platform/risk-score/")
                .title("Risk Score")
                .description("How the risk score ranks assets")
                .keywords(List.of("risk", "score"))
                .image("https://docs.example.com/docs/img/social.png")
                .tags(List.of("platform", "metrics"))
                .contentHtml("<h2 id=\"overview\">Overview<a class=\"hash-link\" href=\"#overview\"></a></h2>"
                        + "<p>Body <strong>bold</strong></p><h3 id=\"details\">Details</h3>")
                .toc(List.of(new TocItem("Overview", "overview", 0), new TocItem("Details", "details", 1)))
                .breadcrumbs(List.of(new PageLink("Platform", "../")))
                .previous(new PageLink("Dashboard", "../dashboard/"))
                .next(new PageLink("Policies", "../policies/"))
                .sidebar(sidebar)
                .editUrl("https://github.com/example/docs/edit/main/docs/platform/risk-score.md")
                .frontMatter(Map.of("title", "Risk Score"))
                .build();
    }

    static PageView withTitle(PageView p, String title, String description) {
        return p.toBuilder().title(title).description(description).sidebarHtml(null).build();
    }

    static PageView withFlags(PageView p, boolean hideTitle, boolean hideToc) {
        return p.toBuilder().hideTitle(hideTitle).hideToc(hideToc).sidebarHtml(null).build();
    }

    static PageView withKpis(PageView p, String kpiTopHtml, String provenance) {
        return p.toBuilder().kpiTopHtml(kpiTopHtml).kpiProvenance(provenance).sidebarHtml(null).build();
    }

    static PageView withoutOptionalParts(PageView p) {
        return PageView.builder().root(p.root()).url(p.url()).title(p.title()).hideTitle(p.hideTitle())
                .contentHtml(p.contentHtml()).sidebar(p.sidebar()).build();
    }

    static PageView inPreview(PageView p, List<Problem> problems) {
        return p.toBuilder().sidebarHtml(null).problems(problems).preview(true).build();
    }

    static PageView notFound() {
        return PageView.builder().root("/docs/").url("404.html").title("Page not found").hideToc(true).contentHtml("")
                .build();
    }
}
