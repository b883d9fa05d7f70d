package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.Kpi;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A KPI breakdown as a compact bar list: key, bar proportional to the largest value, formatted value. Bars are SVG
 * rectangles rather than CSS widths so they print (browsers drop backgrounds) and need no inline styles (CSP).
 */
public final class BreakdownBars {

    private static final int BAR_WIDTH = 100;
    private static final int BAR_HEIGHT = 8;

    private BreakdownBars() {
    }

    /** The bar list, or an empty string when the KPI has no breakdown rows. */
    public static String html(Kpi kpi) {
        Breakdown b = kpi.breakdown();
        if (b == null || b.rows().isEmpty()) {
            return "";
        }
        String id = escape(kpi.id());
        double max = b.rows().stream().mapToDouble(r -> Math.max(r.value(), 0)).max().orElse(0);
        String caption = b.by() == null ? "Breakdown" : "By " + b.by();
        StringBuilder html = new StringBuilder();
        html.append("<figure class=\"kpi-breakdown\" data-kpi=\"").append(id).append("\" data-kpi-field=\"breakdown\">")
                .append("<figcaption class=\"kpi-breakdown-caption\">").append(escape(caption)).append("</figcaption>")
                .append("<ul class=\"kpi-bars\">");
        for (Breakdown.Row row : b.rows()) {
            double share = max > 0 ? Math.max(row.value(), 0) / max : 0;
            html.append("<li class=\"kpi-bar-row\">")
                    .append("<span class=\"kpi-bar-key\" title=\"").append(escape(row.key())).append("\">")
                    .append(escape(row.key())).append("</span>")
                    .append("<svg class=\"kpi-bar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append(BAR_WIDTH).append(' ').append(BAR_HEIGHT)
                    .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">")
                    .append("<rect class=\"kpi-bar-track\" width=\"").append(BAR_WIDTH).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" fill=\"currentColor\" fill-opacity=\"0.12\"/>")
                    .append("<rect class=\"kpi-bar-fill\" width=\"").append(width(share)).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" fill=\"currentColor\"/></svg>")
                    .append("<span class=\"kpi-bar-value\">").append(escape(UnitFormat.value(kpi.unit(), row.value())))
                    .append("</span></li>");
        }
        return html.append("</ul></figure>").toString();
    }

    private static String width(double share) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share * BAR_WIDTH);
    }
}
