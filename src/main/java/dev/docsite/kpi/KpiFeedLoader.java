package dev.docsite.kpi;

import dev.docsite.problem.IoReason;
import dev.docsite.config.KpiConfig;
import dev.docsite.kpi.feed.FeedException;
import dev.docsite.kpi.feed.FeedParse;
import dev.docsite.kpi.feed.FeedParser;
import dev.docsite.kpi.feed.FeedSource;
import dev.docsite.kpi.feed.FileFeedSource;
import dev.docsite.kpi.feed.HttpFeedSource;
import dev.docsite.kpi.feed.SnapshotStore;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the KPI feed configured in {@code site.yml}, validates it, and keeps the last good snapshot under the state
 * folder so {@code on_feed_error: use-last-snapshot} can build while the feed is down. Stateless and thread-safe;
 * concurrent loads each write a complete snapshot file.
 */
public final class KpiFeedLoader {

    private KpiFeedLoader() {
    }

    /** Loads the feed; the auth header value (if any) is read from the process environment. */
    public static KpiLoadResult load(KpiConfig config, Path siteRoot, Path stateDir, Clock clock) {
        return load(config, siteRoot, stateDir, clock, System::getenv);
    }

    /**
     * Loads the feed.
     *
     * @param env environment lookup for {@code kpi.auth_env}; tests pass a map's {@code get}
     * @return the snapshot and problems; see {@link KpiLoadResult}
     */
    public static KpiLoadResult load(KpiConfig config, Path siteRoot, Path stateDir, Clock clock,
                                     Function<String, String> env) {
        if (!config.enabled()) {
            return KpiLoadResult.disabled();
        }
        Path root = siteRoot.toAbsolutePath().normalize();
        SnapshotStore store = new SnapshotStore(stateDir);
        Instant fetchedAt = clock.instant();
        FeedSource source;
        try {
            source = source(config, root, env);
        } catch (FeedException e) {
            return failure(config, store, root, List.of(error(config.feed(), e)));
        }
        List<Problem> problems;
        try {
            FeedParse parse = FeedParser.parse(source.fetch(), source.origin(), fetchedAt);
            if (parse.ok()) {
                List<Problem> warnings = new ArrayList<>(parse.problems());
                try {
                    store.save(parse.snapshot());
                } catch (IOException e) {
                    warnings.add(Problem.warning(ProblemCode.KPI_FEED, display(root, store.file()), 0, 0,
                            "cannot save the last good KPI snapshot: " + IoReason.describe(null, e, f -> display(root, f))
                                    + "; use-last-snapshot will not have this data if the feed fails later"));
                }
                return new KpiLoadResult(parse.snapshot(), warnings);
            }
            problems = parse.problems();
        } catch (FeedException e) {
            problems = List.of(error(source.origin(), e));
        }
        return failure(config, store, root, problems);
    }

    private static FeedSource source(KpiConfig config, Path root, Function<String, String> env) throws FeedException {
        if (config.isUrl()) {
            URI uri;
            try {
                uri = new URI(config.feed().trim());
            } catch (URISyntaxException e) {
                throw new FeedException("kpi.feed is not a valid URL: " + e.getMessage());
            }
            if (uri.getHost() == null) {
                throw new FeedException("kpi.feed URL has no host: " + config.feed());
            }
            return new HttpFeedSource(uri, config.connectTimeout(), config.readTimeout(), config.maxBytes(),
                    config.authEnv(), config.authHeader(), env);
        }
        Path file = root.resolve(config.feed().trim()).normalize();
        return new FileFeedSource(file, display(root, file), config.maxBytes());
    }

    private static KpiLoadResult failure(KpiConfig config, SnapshotStore store, Path root, List<Problem> problems) {
        if (config.onFeedError() != KpiConfig.OnFeedError.USE_LAST_SNAPSHOT) {
            return new KpiLoadResult(null, problems);
        }
        String stored = display(root, store.file());
        Optional<KpiSnapshot> last;
        try {
            last = store.load();
        } catch (FeedException e) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(Problem.error(ProblemCode.KPI_FEED, stored, 0, 0,
                    "cannot fall back to the last good KPI snapshot: " + e.getMessage()));
            return new KpiLoadResult(null, all);
        }
        if (last.isEmpty()) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(Problem.error(ProblemCode.KPI_FEED, stored, 0, 0,
                    "kpi.on_feed_error is use-last-snapshot, but no last good KPI snapshot has been saved yet;"
                            + " fix the feed once so one can be kept"));
            return new KpiLoadResult(null, all);
        }
        KpiSnapshot snapshot = last.get().asFallback();
        List<Problem> warnings = new ArrayList<>();
        for (Problem p : problems) {
            warnings.add(p.withSeverity(Severity.WARNING));
        }
        warnings.add(Problem.warning(ProblemCode.KPI_FEED, stored, 0, 0,
                "KPI feed unavailable; using the last good snapshot fetched " + snapshot.fetchedAt()
                        + " from " + snapshot.origin()));
        return new KpiLoadResult(snapshot, warnings);
    }

    private static Problem error(String origin, FeedException e) {
        return new Problem(Severity.ERROR, ProblemCode.KPI_FEED, origin, e.line(), e.column(), e.getMessage(), null);
    }

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
