package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Better;
import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.KpiUnit;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A KPI breakdown as a compact bar list: key, formatted value, and a bar on one scale shared by every row, from 0 to
 * the largest row or the target, whichever is larger. A count's rows are parts of its value, so the target (for the
 * whole) is not marked on them; for other units each row is a value of its own, so each bar carries a mark at the
 * target and the caption says how many rows miss it. Bars are SVG so they print and need no inline styles (CSP).
 */
public final class BreakdownBars {

    private static final int BAR_WIDTH = 100;
    private static final int BAR_HEIGHT = 8;

    private BreakdownBars() {
    }

    /** Whether the rows are each compared with the target (not parts of the value, and there is a target). */
    public static boolean rowsHaveTarget(Kpi kpi) {
        return kpi.unit() != KpiUnit.COUNT && kpi.target() != null;
    }

    /** {@code 4 of 5 below target}, {@code 1 of 2 above target}; empty when rows are not compared with the target. */
    public static String missSummary(Kpi kpi) {
        Breakdown b = kpi.breakdown();
        if (b == null || b.rows().isEmpty() || !rowsHaveTarget(kpi)) {
            return "";
        }
        long misses = b.rows().stream().filter(r -> !kpi.better().meets(r.value(), kpi.target())).count();
        return misses + " of " + b.rows().size() + (kpi.better() == Better.UP ? " below" : " above") + " target";
    }

    /** The bar list, or an empty string when the KPI has no breakdown rows. */
    public static String html(Kpi kpi) {
        Breakdown b = kpi.breakdown();
        if (b == null || b.rows().isEmpty()) {
            return "";
        }
        boolean marked = rowsHaveTarget(kpi);
        double scale = b.rows().stream().mapToDouble(r -> Math.max(r.value(), 0)).max().orElse(0);
        if (marked) {
            scale = Math.max(scale, kpi.target());
        }
        StringBuilder caption = new StringBuilder(escape(b.by() == null ? "Breakdown" : "By " + b.by()));
        if (marked) {
            caption.append(": ").append(missSummary(kpi)).append(" (")
                    .append(escape(UnitFormat.value(kpi.unit(), kpi.target()))).append(", the line across each bar)");
        }
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"kpi-breakdown\"><figcaption class=\"kpi-breakdown-caption\">")
                .append(caption).append("</figcaption><ul class=\"kpi-bars\">");
        for (Breakdown.Row row : b.rows()) {
            boolean miss = marked && !kpi.better().meets(row.value(), kpi.target());
            html.append("<li class=\"kpi-bar-row").append(miss ? " kpi-bar-miss" : "").append("\">")
                    .append("<span class=\"kpi-bar-key\">").append(escape(row.key())).append("</span>")
                    .append("<svg class=\"kpi-bar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append(BAR_WIDTH).append(' ').append(BAR_HEIGHT)
                    .append("\" preserveAspectRatio=\"none\" focusable=\"false\">")
                    .append("<rect class=\"kpi-bar-track\" width=\"").append(BAR_WIDTH).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" fill=\"currentColor\" fill-opacity=\"0.12\"/>")
                    .append("<rect class=\"kpi-bar-fill\" width=\"").append(width(row.value(), scale))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"currentColor\"/>");
            if (marked) {
                String x = width(kpi.target(), scale);
                html.append("<line class=\"kpi-bar-target\" x1=\"").append(x).append("\" x2=\"").append(x)
                        .append("\" y1=\"0\" y2=\"").append(BAR_HEIGHT)
                        .append("\" stroke-width=\"2\" vector-effect=\"non-scaling-stroke\"/>");
            }
            html.append("</svg><span class=\"kpi-bar-value\">").append(escape(UnitFormat.value(kpi.unit(),
                    row.value()))).append("</span></li>");
        }
        return html.append("</ul></figure>").toString();
    }

    private static String width(double value, double scale) {
        double share = scale > 0 ? Math.max(value, 0) / scale : 0;
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share * BAR_WIDTH);
    }
}
