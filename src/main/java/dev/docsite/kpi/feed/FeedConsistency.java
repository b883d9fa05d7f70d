package dev.docsite.kpi.feed;

import dev.docsite.kpi.Better;
import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.KpiUnit;
import dev.docsite.kpi.SeriesPoint;
import dev.docsite.kpi.widget.UnitFormat;

/**
 * Warnings for a KPI whose fields are each valid but do not agree with one another, the kind of mistake that would
 * otherwise render as a confident, wrong card: a count whose breakdown no longer adds up to its value, and a target
 * that every reading already beats, which usually means {@code better} points the wrong way.
 */
final class FeedConsistency {

    private FeedConsistency() {
    }

    static void check(Kpi kpi, JsonPath path, FeedFields fields) {
        breakdownSum(kpi, path, fields);
        targetSide(kpi, path, fields);
    }

    /** Counts add up; percentages, durations and ratios of parts do not, so only counts are checked. */
    private static void breakdownSum(Kpi kpi, JsonPath path, FeedFields fields) {
        Breakdown b = kpi.breakdown();
        if (kpi.unit() != KpiUnit.COUNT || kpi.value() == null || b == null || b.rows().isEmpty()) {
            return;
        }
        double sum = b.rows().stream().mapToDouble(Breakdown.Row::value).sum();
        if (Math.abs(sum - kpi.value()) > 1e-9 * Math.max(1, Math.abs(kpi.value()))) {
            fields.warning(path.field("breakdown").field("rows"), "the rows add up to "
                    + UnitFormat.number(KpiUnit.COUNT, sum) + " but value is "
                    + UnitFormat.number(KpiUnit.COUNT, kpi.value())
                    + "; a count's breakdown must add up to its value (is a row missing, or the breakdown older"
                    + " than the value?)");
        }
    }

    /** A target met by every reading, the current one included, with at least two readings to judge by. */
    private static void targetSide(Kpi kpi, JsonPath path, FeedFields fields) {
        if (kpi.target() == null) {
            return;
        }
        var readings = kpi.timeline().stream().mapToDouble(SeriesPoint::value).toArray();
        if (readings.length < 2) {
            return;
        }
        boolean down = kpi.better() == Better.DOWN;
        double target = kpi.target();
        for (double v : readings) {
            if (down ? v >= target : v <= target) {
                return;
            }
        }
        double extreme = down ? java.util.Arrays.stream(readings).max().orElseThrow()
                : java.util.Arrays.stream(readings).min().orElseThrow();
        fields.warning(path.field("target"), "target " + UnitFormat.value(kpi.unit(), target) + " is "
                + (down ? "above" : "below") + " every reading (" + (down ? "highest " : "lowest ")
                + UnitFormat.value(kpi.unit(), extreme) + ") while better is " + kpi.better().feedName()
                + ", so every reading meets it; check the target, or whether better should be "
                + (down ? "up" : "down"));
    }
}
