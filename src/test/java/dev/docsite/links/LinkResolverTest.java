package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.Problem;
import dev.docsite.site.SiteModel;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each form of link written in a page resolves, and which problem each kind of breakage gives. */
class LinkResolverTest {

    @TempDir
    Path dir;

    private SiteModel model;
    private Page guide;

    @BeforeEach
    void site() {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "links:\n  conviso:\n    base: https://docs.example.com/\n    index: pages.txt\n");
        site.file("pages.txt", "api/graphql\n");
        site.page("index.md", "title: Home", "Welcome\n");
        site.page("guides/appsec.md", "title: AppSec", "## Objective\n\ntext\n");
        site.page("platform/index.md", "title: Platform", "Overview\n");
        site.page("platform/risk-score.md", "title: Risk Score",
                "## What each screen shows\n\n## Scoring model {#scoring-model}\n\n<a id=\"raw-anchor\"></a>\n");
        site.page("platform/policies.mdx", "title: Policies", "## Scope\n");
        site.page("platform/with space.md", "title: Spaced", "x\n");
        site.page("a/setup.md", "title: A setup", "x\n");
        site.page("b/setup.md", "title: B setup", "x\n");
        site.page("platform/renamed.md", "id: custom-id\ntitle: Renamed", "x\n");
        site.bytes("static/img/x.png", new byte[] {1, 2, 3});
        site.bytes("content/platform/img/local.svg", "<svg/>".getBytes());
        model = site.load();
        guide = model.index().byUrl("guides/appsec/");
    }

    private Resolution resolve(String target) {
        return model.resolver().resolve(guide, new LinkRef(target, LinkRef.Kind.LINK, 3, 5));
    }

    private Resolution image(String target) {
        return model.resolver().resolve(guide, new LinkRef(target, LinkRef.Kind.IMAGE, 3, 5));
    }

    private String href(String target) {
        LinkRef ref = new LinkRef(target, LinkRef.Kind.LINK, 3, 5);
        return model.resolver().href(guide, model.resolver().resolve(guide, ref), ref);
    }

    @Test
    void fileLinkWithExtension() {
        assertEquals("platform/risk-score/", resolve("../platform/risk-score.md").page().url());
        assertEquals("../../platform/risk-score/", href("../platform/risk-score.md"));
    }

    @Test
    void mdxFileLinkWithAnchor() {
        Resolution r = resolve("../platform/policies.mdx#scope");
        assertEquals("platform/policies/", r.page().url());
        assertNull(r.problem());
        assertEquals("../../platform/policies/#scope", href("../platform/policies.mdx#scope"));
    }

    @Test
    void extensionlessLinkResolvesAgainstThePageUrlLikeDocusaurus() {
        assertEquals("platform/risk-score/", resolve("../platform/risk-score").page().url());
    }

    @Test
    void linkByDocIdAndFrontmatterId() {
        assertEquals("platform/custom-id/", resolve("../platform/custom-id").page().url());
        assertEquals("platform/custom-id/", resolve("custom-id").page().url());
    }

    @Test
    void rootRelativeLink() {
        assertEquals("platform/policies/", resolve("/platform/policies").page().url());
        assertEquals("../../platform/policies/", href("/platform/policies"));
    }

    @Test
    void anchorOnlyLinkIsCheckedOnThePageItself() {
        assertNull(resolve("#objective").problem());
        assertEquals("#objective", href("#objective"));
        assertEquals(ProblemCode.BROKEN_ANCHOR, resolve("#objectiv").problem().code());
        assertTrue(resolve("#objectiv").problem().message().contains("did you mean '#objective'"));
    }

    @Test
    void folderIndexPage() {
        assertEquals("platform/", resolve("../platform/").page().url());
        assertEquals("platform/", resolve("/platform").page().url());
    }

    @Test
    void explicitHeadingIdsAndRawHtmlIdsAreAnchors() {
        assertNull(resolve("../platform/risk-score#scoring-model").problem());
        assertNull(resolve("../platform/risk-score#what-each-screen-shows").problem());
        assertNull(resolve("../platform/risk-score#raw-anchor").problem());
    }

    @Test
    void percentEncodedSpacesAndQueryStrings() {
        assertEquals("platform/with space/", resolve("../platform/with%20space.md").page().url());
        assertEquals("../../platform/with%20space/", href("../platform/with%20space.md"));
        assertEquals("../../platform/risk-score/?tab=1#scoring-model", href("../platform/risk-score?tab=1#scoring-model"));
    }

    @Test
    void imagesFromStaticAndFromContentAreAssets() {
        Resolution fromStatic = image("/img/x.png");
        assertEquals(Resolution.Kind.ASSET, fromStatic.kind());
        assertEquals("img/x.png", fromStatic.sitePath());
        assertEquals("img/x.png", image("../../static/img/x.png").sitePath());
        Resolution local = image("../platform/img/local.svg");
        assertEquals("platform/img/local.svg", local.sitePath());
        assertTrue(model.resolver().assets().toCopy().containsValue("platform/img/local.svg"));
    }

    @Test
    void externalAndOtherSchemesAreLeftAlone() {
        assertEquals(Resolution.Kind.EXTERNAL, resolve("https://example.com/x").kind());
        assertEquals(Resolution.Kind.OTHER_SCHEME, resolve("mailto:a@b.c").kind());
        assertEquals("https://example.com/x", href("https://example.com/x"));
    }

    @Test
    void platformPrefixGoesToTheExternalBaseAndIsCheckedAgainstItsIndex() {
        Resolution ok = resolve("../conviso/api/graphql");
        assertEquals(Resolution.Kind.PLATFORM, ok.kind());
        assertEquals("https://docs.example.com/api/graphql", href("../conviso/api/graphql"));
        Resolution unknown = resolve("/conviso/api/nothing");
        assertEquals(ProblemCode.BROKEN_LINK, unknown.problem().code());
        assertTrue(unknown.problem().message().contains("not a known page"));
    }

    @Test
    void brokenLinkSuggestsTheClosestPage() {
        Problem p = resolve("../platform/risk-scor").problem();
        assertEquals(ProblemCode.BROKEN_LINK, p.code());
        assertEquals("content/guides/appsec.md", p.file());
        assertEquals(3, p.line());
        assertEquals(5, p.column());
        assertEquals("../platform/risk-scor", p.target());
        assertEquals("no page matches '../platform/risk-scor'; did you mean '/platform/risk-score/'?", p.message());
    }

    @Test
    void brokenAnchorOnAnotherPage() {
        Problem p = resolve("../platform/risk-score#nope").problem();
        assertEquals(ProblemCode.BROKEN_ANCHOR, p.code());
        assertTrue(p.message().contains("content/platform/risk-score.md"));
    }

    @Test
    void missingAsset() {
        assertEquals(ProblemCode.MISSING_ASSET, image("/img/missing.png").problem().code());
        assertEquals(ProblemCode.MISSING_ASSET, resolve("../files/report.pdf").problem().code());
    }

    @Test
    void linkOutsideTheSiteIsAnErrorAndNeverCopied() {
        Resolution r = image("../../../../../../../../etc/passwd");
        assertEquals(ProblemCode.LINK_OUTSIDE_SITE, r.problem().code());
        assertEquals(dev.docsite.problem.Severity.ERROR, r.problem().severity());
        assertTrue(model.resolver().assets().toCopy().isEmpty());
    }

    @Test
    void ambiguousShortIdNamesBothFiles() {
        Problem p = resolve("setup").problem();
        assertNotNull(p);
        assertEquals(ProblemCode.AMBIGUOUS_LINK, p.code());
        assertTrue(p.message().contains("content/a/setup.md") && p.message().contains("content/b/setup.md"));
    }

    @Test
    void duplicateUrlsAreReportedNamingBothFiles() {
        TestSite site = new TestSite(dir.resolve("dup"));
        site.page("x.md", "title: X", "x");
        site.page("y.md", "slug: /x", "y");
        List<Problem> problems = site.load().problems();
        assertEquals(1, problems.size());
        assertEquals(ProblemCode.DUPLICATE_PAGE, problems.get(0).code());
        assertTrue(problems.get(0).message().contains("content/x.md"));
        assertEquals("content/y.md", problems.get(0).file());
    }
}
