package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.docsite.markdown.LinkRef.Kind.LINK;
import static dev.docsite.markdown.Pages.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The real sample guides (copies of /work/shared/seeds) must outline and render as Docusaurus would. */
class SeedGuidesTest {

    private static final String APPSEC = "role-based-guide-appsec-manager.md";
    private static final String SECURITY = "role-based-guide-security-manager.md";

    @Test
    void outlinesTheAppSecGuideHeadings() {
        assertEquals(List.of(
                new Heading(2, "Objective", "objective", 7),
                new Heading(2, "Main responsibilities", "main-responsibilities", 11),
                new Heading(2, "Follow-up routine", "follow-up-routine", 18),
                new Heading(2, "Core workflows in Conviso", "core-workflows-in-conviso", 29),
                new Heading(2, "Defect tracker integration", "defect-tracker-integration", 35),
                new Heading(2, "Decision support with Dashboard", "decision-support-with-dashboard", 39),
                new Heading(2, "Management and collaboration tool", "management-and-collaboration-tool", 43),
                new Heading(2, "Recommended KPIs", "recommended-kpis", 47),
                new Heading(2, "Playbooks", "playbooks", 54),
                new Heading(3, "Backlog growth above threshold", "backlog-growth-above-threshold", 56),
                new Heading(3, "SLA deterioration", "sla-deterioration", 63)), ENGINE.outline(Pages.seed(APPSEC)).headings());
    }

    @Test
    void outlinesTheSecurityGuidePlaybookHeadings() {
        List<Heading> headings = ENGINE.outline(Pages.seed(SECURITY)).headings();
        assertEquals(new Heading(3, "Executive asks for current AppSec posture", "executive-asks-for-current-appsec-posture", 56),
                headings.get(9));
        assertEquals(new Heading(3, "Audit/compliance request", "auditcompliance-request", 63), headings.get(10));
    }

    @Test
    void findsTheAppSecGuideLinksOnTheirLines() {
        assertEquals(List.of(
                new LinkRef("../platform/risk-score", LINK, 31, 30),
                new LinkRef("../platform/policies", LINK, 32, 24),
                new LinkRef("../platform/vulnerabilities", LINK, 33, 29),
                new LinkRef("../integrations/integrations_intro", LINK, 37, 66),
                new LinkRef("../platform/dashboard", LINK, 41, 9),
                new LinkRef("../platform/notifications-center", LINK, 45, 43)), ENGINE.outline(Pages.seed(APPSEC)).links());
    }

    @Test
    void findsTheSecurityGuideLinksOnTheirLines() {
        List<LinkRef> links = ENGINE.outline(Pages.seed(SECURITY)).links();
        assertEquals(List.of(31, 32, 33, 37, 41, 45), links.stream().map(LinkRef::line).toList());
        assertEquals(new LinkRef("../platform/risk-context-funnel", LINK, 31, 23), links.get(0));
    }

    @Test
    void linksToEightDistinctPagesAcrossBothGuides() {
        Set<String> targets = new TreeSet<>();
        Stream.of(APPSEC, SECURITY).forEach(s -> ENGINE.outline(Pages.seed(s)).links().forEach(l -> targets.add(l.target())));
        assertEquals(8, targets.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {APPSEC, SECURITY})
    void rendersEachGuideWithAnchoredHeadingsAndRewrittenLinks(String seed) {
        RecordingContext ctx = new RecordingContext().rewriting("../platform/policies", "../../platform/policies/");
        Document html = Jsoup.parseBodyFragment(ENGINE.render(Pages.seed(seed), ctx));
        assertEquals(ENGINE.outline(Pages.seed(seed)).headings().stream().map(Heading::id).toList(),
                html.select("h2, h3").eachAttr("id"));
        assertEquals(6, ctx.rewritten.size());
        assertEquals("../../platform/policies/", html.selectFirst("a:contains(Policies)").attr("href"));
        assertEquals(8, html.select("ol").first().select("li").size());
        assertNull(ENGINE.outline(Pages.seed(seed)).firstH1());
    }
}
