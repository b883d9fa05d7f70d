package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.markdown.KpiRef;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Every KPI a page references must be in the feed; otherwise an {@code unknown-kpi} problem at the reference. A
 * {@code kpi_summary} that is neither {@code top} nor {@code none} is a {@code frontmatter} problem.
 */
final class KpiReferenceCheck {


    private KpiReferenceCheck() {
    }

    static List<Problem> check(List<Page> pages, KpiWidgets widgets, boolean feedConfigured) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages) {
            for (KpiRef ref : page.outline().kpiRefs()) {
                missing(page, ref.id(), ref.line(), ref.column(), widgets, feedConfigured, problems);
            }
            for (String id : page.frontMatter().kpis()) {
                missing(page, id, page.frontMatter().lineOf("kpis"), 1, widgets, feedConfigured, problems);
            }
            KpiSummaryOption.problem(page).ifPresent(problems::add);
        }
        return problems;
    }

    private static void missing(Page page, String id, int line, int column, KpiWidgets widgets, boolean configured,
                                List<Problem> out) {
        if (widgets != null && widgets.has(id)) {
            return;
        }
        String why = !configured
                ? "KPI '" + id + "' is referenced but no KPI feed is configured; set kpi.feed in site.yml or pass --feed"
                : widgets == null
                ? "KPI '" + id + "' cannot be shown: the KPI feed could not be read"
                : "KPI '" + id + "' is not in the KPI feed; check the id against the feed's 'kpis[].id'";
        out.add(new Problem(Severity.WARNING, ProblemCode.UNKNOWN_KPI, page.source().displayPath(), line, column, why, id));
    }
}
