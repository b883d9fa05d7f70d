package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.AssetRegistry;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.PlatformLinks;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.SiteTree;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCollector;
import dev.docsite.problem.Severity;
import dev.docsite.templates.SiteView;
import java.time.Instant;

/** Stages 2–4: index the pages, build navigation, check every link and KPI reference. */
public final class SiteAssembler {

    private SiteAssembler() {
    }

    /**
     * @param platform external documentation bases (loaded once; they do not change with content)
     * @param kpi      result of reading the KPI feed
     * @param now      the time KPI staleness is judged against
     */
    public static SiteModel assemble(SiteConfig config, LoadedContent content, PlatformLinks platform,
                                     KpiLoadResult kpi, Instant now) {
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(content.problems());
        SiteIndex index = SiteIndex.of(content.pages());
        problems.addAll(index.problems());
        Navigation navigation = new Navigation(SiteTree.build(index, content.categories()), index);
        LinkResolver resolver = new LinkResolver(config, index, platform,
                new AssetRegistry(config.siteRoot(), config.contentDir(), config.staticDir()));
        LinkChecker.Result links = LinkChecker.check(index, resolver);
        problems.addAll(links.problems());

        Problem fatal = null;
        KpiWidgets widgets = null;
        if (kpi != null) {
            problems.addAll(kpi.problems());
            if (kpi.snapshot() != null) {
                widgets = new KpiWidgets(kpi.snapshot(), config.kpi().maxAge(), now);
            } else if (kpi.failed()) {
                fatal = kpi.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                        .orElse(kpi.problems().get(0));
            }
        }
        problems.addAll(KpiReferenceCheck.check(index.pages(), widgets, config.kpi().enabled()));
        SiteView siteView = new SiteView(config.title(), config.tagline(), config.baseUrl(), Version.current(), config.params());
        return new SiteModel(config, index, content.categories(), navigation, resolver,
                kpi == null ? null : kpi.snapshot(), widgets, siteView, problems.sorted(), links.report(), fatal);
    }
}
