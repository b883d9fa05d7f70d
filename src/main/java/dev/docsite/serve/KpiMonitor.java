package dev.docsite.serve;

import dev.docsite.config.SiteConfig;
import dev.docsite.kpi.KpiFeedLoader;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Whether the KPI feed is live: when it was last read successfully, and since when it fails. A failure episode lasts
 * from the first failed read to the next successful one; the server logs once per episode, not once per poll.
 * Used from the rebuild thread; {@link #status()} may be read from any thread.
 */
final class KpiMonitor {

    /**
     * What pages show about the KPI data.
     *
     * @param state      {@code live}, {@code stale} (the feed fails; last good values shown) or {@code off} (no feed)
     * @param lastRead   last successful read, or {@code null}
     * @param staleSince first failed read of the current episode, or {@code null}
     * @param reason     why the feed fails, or {@code null}
     * @param problems   what is wrong with the feed, located (file, line, JSON path in the message), for the
     *                   preview's problems overlay; empty while it reads cleanly
     */
    record Status(String state, Instant lastRead, Instant staleSince, String reason, List<Problem> problems) {
        Status {
            problems = List.copyOf(problems);
        }
    }

    /** What one read meant. */
    enum Outcome { SUCCESS, FAILURE_STARTED, FAILURE_CONTINUES }

    private volatile Status status;

    KpiMonitor(boolean enabled) {
        this.status = new Status(enabled ? "stale" : "off", null, null, null, List.of());
    }

    Status status() {
        return status;
    }

    /**
     * Records a read. A read is successful when it produced fresh data: a snapshot fetched by this read, not the last
     * good snapshot the loader falls back to under {@code on_feed_error: use-last-snapshot}.
     *
     * @param startedAt when the read started, on the loader's clock
     */
    Outcome record(KpiLoadResult result, Instant startedAt) {
        boolean fresh = result.snapshot() != null && !result.failed()
                && !result.snapshot().fetchedAt().isBefore(startedAt);
        Status before = status;
        if (fresh) {
            status = new Status("live", result.snapshot().fetchedAt(), null, null, result.problems());
            return Outcome.SUCCESS;
        }
        String reason = result.problems().stream()
                .sorted((a, b) -> a.severity() == b.severity() ? 0 : a.severity() == Severity.ERROR ? -1 : 1)
                .map(Problem::format).findFirst().orElse("the feed returned no data")
                .strip().replaceAll("\\s*\\R\\s*", " ");
        boolean started = before.staleSince() == null;
        status = new Status("stale", before.lastRead(), started ? startedAt : before.staleSince(), reason,
                result.problems());
        return started ? Outcome.FAILURE_STARTED : Outcome.FAILURE_CONTINUES;
    }

    /**
     * Reads the feed and records the outcome, logging the start of a failure episode.
     *
     * @param previous what pages show now, or {@code null} before the first read
     * @return the new values, or {@code previous} while the feed fails: pages keep the values they already show,
     *         and only the first read may leave the site without KPI data
     */
    KpiLoadResult read(SiteConfig config, Path siteRoot, Clock clock, KpiLoadResult previous, Consumer<String> log) {
        Instant startedAt = clock.instant();
        KpiLoadResult result = KpiFeedLoader.load(config.kpi(), siteRoot, config.stateDir(), clock);
        Outcome outcome = record(result, startedAt);
        if (outcome == Outcome.SUCCESS) {
            return result;
        }
        if (outcome == Outcome.FAILURE_STARTED) {
            log.accept("KPI feed unavailable, pages keep the last good values: " + status.reason());
        }
        return previous != null && previous.snapshot() != null ? previous : result;
    }

    /** Whether a successful read is needed before the data can be called live (used after a config reload). */
    void reset(boolean enabled) {
        status = new Status(enabled ? "stale" : "off", null, null, null, List.of());
    }
}
