package dev.docsite.kpi.feed;

import dev.docsite.problem.IoReason;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns feed bytes into a {@link KpiSnapshot}, or into problems that say where the feed is wrong. Thread-safe. */
public final class FeedParser {

    // Duplicate keys would otherwise silently keep the last value; trailing tokens usually mean a bad merge. NaN and
    // Infinity are read so that the validator can name their JSON path rather than print Jackson's syntax error.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FeedParser() {
    }

    /** Reads JSON, reporting syntax errors with Jackson's line and column. */
    public static JsonNode readTree(byte[] body, String origin) throws FeedException {
        if (body.length == 0) {
            throw new FeedException("invalid JSON: the feed is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            String where = line > 0 ? " at line " + line + ", column " + column : "";
            throw new FeedException("invalid JSON" + where + ": " + e.getOriginalMessage(),
                    line, column);
        } catch (IOException e) {
            throw new FeedException("cannot read KPI feed " + origin + ": " + IoReason.of(e));
        }
    }

    /**
     * Parses and validates a feed body.
     *
     * @param body      the raw feed
     * @param origin    feed path or URL, used as the problem file and the snapshot origin
     * @param fetchedAt when the body was read
     */
    public static FeedParse parse(byte[] body, String origin, Instant fetchedAt) {
        try {
            return fromTree(readTree(body, origin), body, origin, fetchedAt);
        } catch (FeedException e) {
            return new FeedParse(null, List.of(
                    Problem.error(ProblemCode.KPI_FEED, origin, e.line(), e.column(), e.getMessage())));
        }
    }

    /**
     * Validates an already-parsed feed document.
     *
     * @param body the bytes the tree came from, to locate problems; {@code null} when unknown
     */
    public static FeedParse fromTree(JsonNode root, byte[] body, String origin, Instant fetchedAt) {
        FeedValidator.Result result = FeedValidator.validate(root);
        List<Problem> problems = new ArrayList<>();
        if (!result.issues().isEmpty()) {
            JsonLocator locator = JsonLocator.scan(body, result.issues().stream().map(FeedIssue::path).toList());
            for (FeedIssue issue : result.issues()) {
                JsonLocator.Position at = locator.locate(issue.path());
                Severity severity = issue.error() ? Severity.ERROR : Severity.WARNING;
                problems.add(new Problem(severity, ProblemCode.KPI_FEED, origin, at.line(), at.column(), issue.text(),
                        issue.path().toString()));
            }
        }
        if (result.hasErrors()) {
            return new FeedParse(null, problems);
        }
        KpiSnapshot snapshot = new KpiSnapshot(result.generatedAt(), result.source(), fetchedAt, origin, false,
                result.kpis(), root.toString());
        return new FeedParse(snapshot, problems);
    }
}
