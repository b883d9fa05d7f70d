package dev.docsite.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * One historical reading of a KPI.
 *
 * @param t     the time as written in the feed ({@code 2026-06-01} or a full timestamp), used for display
 * @param at    {@code t} as an instant (dates are midnight UTC)
 * @param value the reading
 */
public record SeriesPoint(String t, Instant at, double value) {
    public SeriesPoint {
        Objects.requireNonNull(t, "t");
        Objects.requireNonNull(at, "at");
    }
}
