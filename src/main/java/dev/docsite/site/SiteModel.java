package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Category;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.LinkReport;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.Navigation;
import dev.docsite.problem.Problem;
import dev.docsite.templates.SiteView;
import java.util.List;
import java.util.Map;

/**
 * A loaded, indexed and checked site: everything needed to render any page. Immutable; the preview server builds a
 * new one (reusing unchanged pages) after each change.
 *
 * @param config     configuration
 * @param index      pages by URL, id and file
 * @param categories folder metadata
 * @param navigation sidebar, breadcrumbs, pagination
 * @param resolver   link resolution and asset registry
 * @param kpiSnapshot KPI data used, or {@code null} when no feed is configured or it failed without fallback
 * @param kpiWidgets widget renderer for {@code kpiSnapshot}, or {@code null}
 * @param siteView   site-wide template values
 * @param problems   every problem found so far (content, links, KPI), sorted
 * @param links      link check: problems, graph summary and per-page results
 * @param fatal      a problem that must stop the build whatever {@code --strict} says (the KPI feed failed), or null
 */
public record SiteModel(
        SiteConfig config,
        SiteIndex index,
        Map<String, Category> categories,
        Navigation navigation,
        LinkResolver resolver,
        KpiSnapshot kpiSnapshot,
        KpiWidgets kpiWidgets,
        SiteView siteView,
        List<Problem> problems,
        LinkChecker.Result links,
        Problem fatal) {

    /** Link graph summary. */
    public LinkReport linkReport() {
        return links.report();
    }
}
