package dev.docsite.kpi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One KPI from the feed, validated.
 *
 * @param id        stable id used in pages ({@code :kpi[id]})
 * @param label     human label
 * @param unit      unit of {@code value}, {@code target}, series and breakdown values
 * @param better    which direction is an improvement
 * @param value     current value, or {@code null} when there is no data yet
 * @param target    target value, or {@code null}
 * @param asOf      when {@code value} was measured ({@code generated_at} when the feed omits it)
 * @param series    history in chronological order, possibly empty
 * @param breakdown split of the value, or {@code null}
 */
public record Kpi(String id, String label, KpiUnit unit, Better better, Double value, Double target, Instant asOf,
                  List<SeriesPoint> series, Breakdown breakdown) {

    public Kpi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(asOf, "asOf");
        series = List.copyOf(series);
    }

    /**
     * The history as charted: series points dated before the {@code as_of} day, then the current value at
     * {@code as_of}. A point on or after the {@code as_of} day is taken to be the current reading itself, so it is
     * replaced by {@code value}. Without a value the series is returned as given.
     */
    public List<SeriesPoint> timeline() {
        if (value == null) {
            return series;
        }
        var asOfDay = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        List<SeriesPoint> points = new ArrayList<>();
        for (SeriesPoint p : series) {
            if (p.at().atOffset(ZoneOffset.UTC).toLocalDate().isBefore(asOfDay)) {
                points.add(p);
            }
        }
        points.add(new SeriesPoint(asOf.toString(), asOf, value));
        return List.copyOf(points);
    }

    /**
     * The start of the period a card shows: the first point of the {@link #timeline()}, when there is an earlier
     * reading than the current value.
     */
    public Optional<SeriesPoint> first() {
        List<SeriesPoint> timeline = timeline();
        if (value == null || timeline.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(timeline.get(0));
    }

    /** The reading just before the current value: the last timeline point before the current one. */
    public Optional<SeriesPoint> previous() {
        List<SeriesPoint> timeline = timeline();
        if (value == null || timeline.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(timeline.get(timeline.size() - 2));
    }

    /** Whether the current value meets the target; empty when either is missing. */
    public Optional<Boolean> onTrack() {
        if (value == null || target == null) {
            return Optional.empty();
        }
        return Optional.of(better.meets(value, target));
    }
}
