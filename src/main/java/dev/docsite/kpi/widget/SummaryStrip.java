package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Kpi;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The compact strip of a page's KPIs under its title ({@code kpi.summary: top}, or {@code kpi_summary: top} in a
 * page's frontmatter): per KPI its label, its inline widget (value, change arrow, stale note) and its target status,
 * linking to its full card further down the page.
 */
public final class SummaryStrip {

    private SummaryStrip() {
    }

    /** The HTML id of a KPI's first card on a page, the strip's link target: {@code kpi-critical_high_backlog}. */
    public static String anchor(String id) {
        return "kpi-" + id.strip().replaceAll("\\s+", "-");
    }

    /**
     * @param kpis     the page's KPIs in the feed, in page order
     * @param inline   a KPI's inline widget by id
     * @param anchored ids whose card is on the page (and carries {@link #anchor}); the others are not links
     */
    public static String html(List<Kpi> kpis, Function<String, String> inline, Set<String> anchored) {
        if (kpis.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"kpi-summary\" aria-label=\"KPIs on this page\"><ul>");
        for (Kpi kpi : kpis) {
            html.append("<li class=\"kpi-summary-item\">");
            boolean link = anchored.contains(kpi.id());
            html.append(link ? "<a class=\"kpi-summary-label\" href=\"#" + escape(anchor(kpi.id())) + "\">"
                    : "<span class=\"kpi-summary-label\">").append(escape(kpi.label())).append(link ? "</a>" : "</span>")
                    .append(' ').append(inline.apply(kpi.id()));
            kpi.onTrack().ifPresent(ok -> html.append(" <span class=\"kpi-status ")
                    .append(ok ? "kpi-on-track\">On track" : "kpi-off-track\">Off track").append("</span>"));
            html.append("</li>");
        }
        return html.append("</ul></nav>").toString();
    }
}
