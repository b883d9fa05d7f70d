package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.SeriesPoint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Draws a KPI's timeline as a small inline SVG with a caption stating the period it covers: a polyline scaled into a
 * fixed viewBox, a dot on the latest point, and the target as a dashed line whenever the KPI has one (the vertical
 * range is widened to hold it, so a target far from the readings is still drawn, at the edge it lies beyond).
 * Strokes use {@code currentColor} so the chart follows the text colour in dark mode and print.
 */
public final class Sparkline {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /** The chart and its caption, or an empty string when the KPI has no points to draw. */
    public static String html(Kpi kpi) {
        List<SeriesPoint> points = kpi.timeline();
        if (points.isEmpty()) {
            return "";
        }
        double min = points.stream().mapToDouble(SeriesPoint::value).min().orElse(0);
        double max = points.stream().mapToDouble(SeriesPoint::value).max().orElse(0);
        if (kpi.target() != null) {
            min = Math.min(min, kpi.target());
            max = Math.max(max, kpi.target());
        }
        long t0 = points.get(0).at().getEpochSecond();
        long t1 = points.get(points.size() - 1).at().getEpochSecond();
        StringBuilder svg = new StringBuilder("<figure class=\"kpi-chart\">");
        svg.append("<svg class=\"kpi-spark\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" focusable=\"false\"><title>").append(escape(description(kpi, points))).append("</title>");
        if (kpi.target() != null) {
            String y = coordinate(y(kpi.target(), min, max));
            svg.append("<line class=\"kpi-spark-target\" x1=\"0\" y1=\"").append(y)
                    .append("\" x2=\"").append(WIDTH).append("\" y2=\"").append(y)
                    .append("\" stroke=\"currentColor\" stroke-width=\"1\" stroke-dasharray=\"4 3\"")
                    .append(" vector-effect=\"non-scaling-stroke\"/>");
        }
        StringBuilder coords = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (SeriesPoint p : points) {
            lastX = x(p.at().getEpochSecond(), t0, t1);
            lastY = y(p.value(), min, max);
            if (coords.length() > 0) {
                coords.append(' ');
            }
            coords.append(coordinate(lastX)).append(',').append(coordinate(lastY));
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"kpi-spark-line\" points=\"").append(coords)
                    .append("\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"")
                    .append(" stroke-linejoin=\"round\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>");
        }
        svg.append("<circle class=\"kpi-spark-last\" cx=\"").append(coordinate(lastX)).append("\" cy=\"")
                .append(coordinate(lastY)).append("\" r=\"2.5\" fill=\"currentColor\"/></svg>");
        svg.append("<figcaption class=\"kpi-spark-caption\">").append(period(points));
        if (kpi.target() != null) {
            svg.append("; <span class=\"kpi-spark-key\">dashed line: target</span>");
        }
        return svg.append("</figcaption></figure>").toString();
    }

    /** {@code 1 Nov 2025 – 20 Nov 2026, 14 readings}, or {@code one reading, 20 Nov 2026}. */
    static String period(List<SeriesPoint> points) {
        SeriesPoint first = points.get(0);
        SeriesPoint last = points.get(points.size() - 1);
        if (points.size() == 1) {
            return "one reading, " + DateText.dayHtml(last.at());
        }
        return DateText.dayHtml(first.at()) + " &ndash; " + DateText.dayHtml(last.at()) + ", " + points.size()
                + " readings";
    }

    /** The tooltip: {@code 248 on 1 Nov 2025 to 142 on 20 Nov 2026, low 142, high 248, target 100}. */
    static String description(Kpi kpi, List<SeriesPoint> points) {
        SeriesPoint first = points.get(0);
        SeriesPoint last = points.get(points.size() - 1);
        StringBuilder sb = new StringBuilder();
        if (points.size() == 1) {
            sb.append(UnitFormat.value(kpi.unit(), last.value())).append(" on ").append(DateText.day(last.at()));
        } else {
            double min = points.stream().mapToDouble(SeriesPoint::value).min().orElse(0);
            double max = points.stream().mapToDouble(SeriesPoint::value).max().orElse(0);
            sb.append(UnitFormat.value(kpi.unit(), first.value())).append(" on ").append(DateText.day(first.at()))
                    .append(" to ").append(UnitFormat.value(kpi.unit(), last.value())).append(" on ")
                    .append(DateText.day(last.at())).append(", low ").append(UnitFormat.value(kpi.unit(), min))
                    .append(", high ").append(UnitFormat.value(kpi.unit(), max));
        }
        if (kpi.target() != null) {
            sb.append(", target ").append(UnitFormat.value(kpi.unit(), kpi.target()));
        }
        return sb.toString();
    }

    private static double x(long t, long t0, long t1) {
        if (t1 == t0) {
            return WIDTH / 2.0;
        }
        return PAD + (double) (t - t0) / (t1 - t0) * (WIDTH - 2 * PAD);
    }

    private static double y(double v, double min, double max) {
        if (max == min) {
            return HEIGHT / 2.0;
        }
        return PAD + (max - v) / (max - min) * (HEIGHT - 2 * PAD);
    }

    private static String coordinate(double v) {
        // SVG needs '.' decimals whatever the default locale.
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
