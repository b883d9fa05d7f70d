package dev.docsite.kpi;

import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.util.List;

/**
 * Outcome of reading the KPI feed.
 *
 * @param snapshot the KPI data to use: fresh, or the last good one ({@link KpiSnapshot#fromFallback()}); {@code null}
 *                 when no feed is configured, or the feed failed and there is no usable fallback
 * @param problems what went wrong (code {@code kpi-feed}); errors when the build must fail, warnings otherwise
 */
public record KpiLoadResult(KpiSnapshot snapshot, List<Problem> problems) {

    public KpiLoadResult {
        problems = List.copyOf(problems);
    }

    /** No feed configured: nothing to show, nothing wrong. */
    public static KpiLoadResult disabled() {
        return new KpiLoadResult(null, List.of());
    }

    /** True when any problem is an error, i.e. the feed was unusable and no fallback was allowed or available. */
    public boolean failed() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
