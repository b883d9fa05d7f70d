package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.SeriesPoint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Draws a KPI's timeline as a small inline SVG: a polyline scaled into a fixed viewBox, the target as a dashed line
 * when it falls within the plotted range, and a dot on the latest point. Strokes use {@code currentColor} so the
 * chart follows the text colour in dark mode and print. The chart is an image with a text alternative that
 * summarises the series, since the shape alone says nothing to a screen reader.
 */
public final class Sparkline {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /** The SVG, or an empty string when the KPI has no points to draw. */
    public static String svg(Kpi kpi) {
        List<SeriesPoint> points = kpi.timeline();
        if (points.isEmpty()) {
            return "";
        }
        double min = points.stream().mapToDouble(SeriesPoint::value).min().orElse(0);
        double max = points.stream().mapToDouble(SeriesPoint::value).max().orElse(0);
        long t0 = points.get(0).at().getEpochSecond();
        long t1 = points.get(points.size() - 1).at().getEpochSecond();
        String label = description(kpi, points, min, max);
        String id = escape(kpi.id());

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"kpi-spark\" data-kpi=\"").append(id).append("\" data-kpi-field=\"sparkline\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\" focusable=\"false\">")
                .append("<title>").append(escape(label)).append("</title>");
        if (kpi.target() != null && max > min && kpi.target() >= min && kpi.target() <= max) {
            String y = coordinate(y(kpi.target(), min, max));
            svg.append("<line class=\"kpi-spark-target\" x1=\"").append(coordinate(PAD)).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(coordinate(WIDTH - PAD)).append("\" y2=\"").append(y)
                    .append("\" stroke=\"currentColor\" stroke-width=\"1\" stroke-dasharray=\"3 2\"")
                    .append(" stroke-opacity=\"0.55\" vector-effect=\"non-scaling-stroke\"/>");
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
                .append(coordinate(lastY)).append("\" r=\"2.5\" fill=\"currentColor\"/>");
        return svg.append("</svg>").toString();
    }

    /** The text alternative: {@code Label: 190 on 2025-11-01 to 142 on 2026-11-20, 13 points, low 142, high 190}. */
    static String description(Kpi kpi, List<SeriesPoint> points, double min, double max) {
        SeriesPoint first = points.get(0);
        SeriesPoint last = points.get(points.size() - 1);
        StringBuilder sb = new StringBuilder(kpi.label()).append(": ");
        if (points.size() == 1) {
            sb.append(UnitFormat.value(kpi.unit(), last.value())).append(" on ").append(DateText.day(last.at()));
        } else {
            sb.append(UnitFormat.value(kpi.unit(), first.value())).append(" on ").append(DateText.day(first.at()))
                    .append(" to ").append(UnitFormat.value(kpi.unit(), last.value())).append(" on ")
                    .append(DateText.day(last.at())).append(", ").append(points.size()).append(" points, low ")
                    .append(UnitFormat.value(kpi.unit(), min)).append(", high ")
                    .append(UnitFormat.value(kpi.unit(), max));
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
