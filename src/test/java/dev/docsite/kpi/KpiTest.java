package dev.docsite.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTest {

    private static final Instant AS_OF = Instant.parse("2026-11-20T08:00:00Z");

    private static SeriesPoint point(String day, double v) {
        return new SeriesPoint(day, Instant.parse(day + "T00:00:00Z"), v);
    }

    private static Kpi kpi(Double value, Double target, Better better, List<SeriesPoint> series) {
        return new Kpi("k", "K", KpiUnit.COUNT, better, value, target, AS_OF, series, null);
    }

    @Test
    void timelineEndsWithTheCurrentValueAtAsOf() {
        Kpi k = kpi(142.0, null, Better.DOWN, List.of(point("2026-09-01", 171), point("2026-10-01", 154)));
        List<SeriesPoint> timeline = k.timeline();
        assertEquals(3, timeline.size());
        assertEquals(AS_OF, timeline.get(2).at());
        assertEquals(142.0, timeline.get(2).value());
        assertEquals("2026-10-01", k.previous().orElseThrow().t());
        assertEquals("2026-09-01", k.first().orElseThrow().t(), "the period starts at the first point");
    }

    @Test
    void seriesPointOnTheAsOfDayIsTheCurrentReading() {
        Kpi k = kpi(142.0, null, Better.DOWN, List.of(point("2026-10-01", 154), point("2026-11-20", 140)));
        assertEquals(List.of(154.0, 142.0), k.timeline().stream().map(SeriesPoint::value).toList());
        assertEquals(154.0, k.first().orElseThrow().value());
        assertEquals(154.0, k.previous().orElseThrow().value());
    }

    @Test
    void withoutAValueTheSeriesIsShownAsIsAndThereIsNoDelta() {
        Kpi k = kpi(null, 10.0, Better.UP, List.of(point("2026-10-01", 1), point("2026-11-01", 2)));
        assertEquals(2, k.timeline().size());
        assertEquals(Optional.empty(), k.first());
        assertEquals(Optional.empty(), k.previous());
        assertEquals(Optional.empty(), k.onTrack());
    }

    @Test
    void onTrackComparesValueAndTargetByBetterDirection() {
        assertEquals(Optional.of(true), kpi(90.0, 100.0, Better.DOWN, List.of()).onTrack());
        assertEquals(Optional.of(true), kpi(100.0, 100.0, Better.DOWN, List.of()).onTrack(), "meeting is on track");
        assertEquals(Optional.of(false), kpi(101.0, 100.0, Better.DOWN, List.of()).onTrack());
        assertEquals(Optional.of(true), kpi(96.0, 95.0, Better.UP, List.of()).onTrack());
        assertEquals(Optional.of(false), kpi(94.9, 95.0, Better.UP, List.of()).onTrack());
        assertTrue(kpi(1.0, null, Better.UP, List.of()).onTrack().isEmpty());
    }
}
