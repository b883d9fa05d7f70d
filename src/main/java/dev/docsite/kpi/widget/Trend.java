package dev.docsite.kpi.widget;

import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.SeriesPoint;
import java.util.Optional;

/**
 * The change of a KPI since its previous series point, judged by the KPI's {@code better} direction. Carries both the
 * CSS class (colour) and words, so meaning never rests on colour alone.
 *
 * @param cssClass {@code kpi-good}, {@code kpi-bad} or {@code kpi-flat}
 * @param arrow    {@code ▲}, {@code ▼} or {@code →}
 * @param delta    signed change with unit, e.g. {@code −12}; empty when flat
 * @param since    the previous point's day, e.g. {@code 2026-10-01}
 * @param summary  {@code down 12 since 2026-10-01}, for titles and screen readers
 * @param verdict  {@code better}, {@code worse}, or {@code no change}
 */
public record Trend(String cssClass, String arrow, String delta, String since, String summary, String verdict) {

    /** The trend of {@code kpi}; empty when it has no value or no earlier point. */
    public static Optional<Trend> of(Kpi kpi) {
        Optional<SeriesPoint> previous = kpi.previous();
        Optional<Double> change = kpi.delta();
        if (previous.isEmpty() || change.isEmpty()) {
            return Optional.empty();
        }
        double d = change.get();
        String since = DateText.day(previous.get().at());
        if (UnitFormat.roundsToZero(kpi.unit(), d)) {
            return Optional.of(new Trend("kpi-flat", "→", "", since, "no change since " + since, "no change"));
        }
        boolean good = kpi.better().improves(d);
        String direction = d > 0 ? "up" : "down";
        return Optional.of(new Trend(
                good ? "kpi-good" : "kpi-bad",
                d > 0 ? "▲" : "▼",
                UnitFormat.delta(kpi.unit(), d),
                since,
                direction + " " + UnitFormat.magnitudeText(kpi.unit(), d) + " since " + since,
                good ? "better" : "worse"));
    }

    /** Visible text next to the arrow: {@code −12 since 2026-10-01 (better)} or {@code no change since 2026-10-01}. */
    public String text() {
        return delta.isEmpty() ? summary : delta + " since " + since + " (" + verdict + ")";
    }
}
