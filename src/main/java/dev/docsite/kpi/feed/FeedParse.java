package dev.docsite.kpi.feed;

import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.util.List;

/**
 * Result of parsing one feed body.
 *
 * @param snapshot the KPIs, or {@code null} when any problem is an error
 * @param problems errors and warnings (code {@code kpi-feed}), located in the feed
 */
public record FeedParse(KpiSnapshot snapshot, List<Problem> problems) {

    public FeedParse {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return snapshot != null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
}
