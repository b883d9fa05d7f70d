package dev.docsite.kpi.widget;

import dev.docsite.config.KpiConfig;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.SeriesPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change of a KPI's current value since an earlier reading, labelled with that reading's date and judged by the
 * KPI's {@code better} direction. Carries a CSS class (colour), an arrow and words, so that meaning never rests on
 * colour alone.
 *
 * @param cssClass  {@code kpi-good}, {@code kpi-bad} or {@code kpi-flat}
 * @param arrow     {@code ▲}, {@code ▼} or {@code →}
 * @param deltaHtml signed change with unit, {@code −106} or {@code +7.2 <abbr>pp</abbr>}; empty when flat
 * @param since     the earlier reading's time
 * @param words     {@code down 106 since 1 Nov 2025}, for screen readers and titles
 * @param verdict   {@code better}, {@code worse}, or {@code no change}
 */
public record Trend(String cssClass, String arrow, String deltaHtml, Instant since, String words, String verdict) {

    /**
     * The changes a card shows, in order: since the first point of its series and/or since the previous point, as
     * {@code kpi.change} says; one change when both are the same point; none without a value or an earlier reading.
     */
    public static List<Trend> of(Kpi kpi, KpiConfig.Change change) {
        List<Trend> trends = new ArrayList<>();
        Optional<SeriesPoint> first = kpi.first();
        Optional<SeriesPoint> previous = kpi.previous();
        if (change != KpiConfig.Change.PREVIOUS) {
            first.ifPresent(p -> trends.add(since(kpi, p)));
        }
        if (change != KpiConfig.Change.FIRST && previous.isPresent()
                && (change == KpiConfig.Change.PREVIOUS || !previous.equals(first))) {
            trends.add(since(kpi, previous.get()));
        }
        return trends;
    }

    /** The change of the current value since {@code earlier}. */
    public static Trend since(Kpi kpi, SeriesPoint earlier) {
        double d = kpi.value() - earlier.value();
        String day = DateText.day(earlier.at());
        if (UnitFormat.roundsToZero(kpi.unit(), d)) {
            return new Trend("kpi-flat", "→", "", earlier.at(), "no change since " + day, "no change");
        }
        boolean good = kpi.better().improves(d);
        return new Trend(good ? "kpi-good" : "kpi-bad", d > 0 ? "▲" : "▼", UnitFormat.deltaHtml(kpi.unit(), d),
                earlier.at(), (d > 0 ? "up " : "down ") + UnitFormat.magnitudeText(kpi.unit(), d) + " since " + day,
                good ? "better" : "worse");
    }

    /**
     * Visible HTML after the arrow: {@code −106 since <time>1 Nov 2025</time> (better)}, or
     * {@code no change since <time>1 Nov 2025</time>}.
     */
    public String html() {
        return deltaHtml.isEmpty() ? "no change since " + DateText.dayHtml(since)
                : deltaHtml + " since " + DateText.dayHtml(since) + " (" + verdict + ")";
    }

    /** For a screen reader: {@code down 106 since 1 Nov 2025, better}. */
    public String sentence() {
        return deltaHtml.isEmpty() ? words : words + ", " + verdict;
    }
}
