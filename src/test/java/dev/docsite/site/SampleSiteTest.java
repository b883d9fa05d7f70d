package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.testing.OutputLinkWalker;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's sample site (content/, static/, data/, site.yml) builds cleanly in --strict. */
class SampleSiteTest {

    @TempDir
    Path out;

    @Test
    void buildsWithZeroProblemsInStrictModeAndEveryInternalLinkWorks() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        var config = ConfigLoader.load(repo, new ConfigOverrides(null, null, null, out.resolve("site"), null, true,
                null, null));
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertEquals(List.of(), result.problems().stream().map(p -> p.format()).toList());
        assertFalse(result.failed(), result.failure());
        Path site = out.resolve("site");
        assertEquals(List.of(), OutputLinkWalker.deadReferences(site));

        Document guide = Jsoup.parse(Files.readString(site.resolve("guides/role-based-guide-appsec-manager/index.html")));
        assertEquals("AppSec Manager Guide", guide.selectFirst("h1").text());
        assertEquals(4, guide.select(".kpi-card").size(), "the four recommended KPIs of the AppSec guide");
        assertEquals("KPI data as of 20 Nov 2026 08:00 UTC from AppSec platform export",
                guide.selectFirst(".kpi-provenance").text());
        assertEquals("../../platform/risk-score/", guide.selectFirst("a:containsOwn(Risk Score)").attr("href"));
        Document security = Jsoup.parse(Files.readString(site.resolve("guides/role-based-guide-security-manager/index.html")));
        assertEquals(4, security.select(".kpi-card").size());

        assertTrue(Files.isRegularFile(site.resolve("sitemap.xml")));
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
        assertTrue(Files.isRegularFile(site.resolve("kpi/snapshot.json")));
        assertTrue(Files.isRegularFile(site.resolve("img/risk-score-overview.svg")));
        assertTrue(Files.isRegularFile(site.resolve("platform/img/dashboard-layout.svg")));
        assertTrue(Files.isRegularFile(site.resolve("search/manifest.js")));
    }
}
