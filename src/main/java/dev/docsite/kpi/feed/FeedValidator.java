package dev.docsite.kpi.feed;

import static dev.docsite.kpi.feed.FeedFields.describe;
import static dev.docsite.kpi.feed.FeedFields.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docsite.kpi.Better;
import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.KpiUnit;
import dev.docsite.kpi.SeriesPoint;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed feed document against the feed contract and builds {@link Kpi}s. Reports every problem it finds
 * (not just the first), each with the JSON path of the offending value. Unknown fields are ignored so feeds can grow.
 * Not thread-safe; use one instance per document.
 */
final class FeedValidator {

    /** Validated content; {@code kpis} is meaningful only when {@code issues} holds no error. */
    record Result(Instant generatedAt, String source, Map<String, Kpi> kpis, List<FeedIssue> issues) {
        boolean hasErrors() {
            return issues.stream().anyMatch(FeedIssue::error);
        }
    }

    private final FeedFields fields = new FeedFields();
    private final ChartDataReader charts = new ChartDataReader(fields);

    static Result validate(JsonNode root) {
        return new FeedValidator().run(root);
    }

    private Result run(JsonNode root) {
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        if (!root.isObject()) {
            fields.error(JsonPath.ROOT, "expected a JSON object with generated_at and kpis, got " + describe(root));
            return new Result(null, null, kpis, fields.issues());
        }
        NonFiniteNumbers.report(root, JsonPath.ROOT, fields);
        Instant generatedAt = fields.requiredTimestamp(root, JsonPath.ROOT, "generated_at").orElse(null);
        String source = fields.optionalString(root, JsonPath.ROOT, "source").orElse(null);
        JsonPath kpisPath = JsonPath.ROOT.field("kpis");
        JsonNode list = root.get("kpis");
        if (list == null) {
            fields.error(kpisPath, "required field is missing");
        } else if (!list.isArray()) {
            fields.error(kpisPath, "expected an array, got " + describe(list));
        } else {
            Map<String, JsonPath> firstAt = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                JsonPath path = kpisPath.index(i);
                JsonNode node = list.get(i);
                if (!node.isObject()) {
                    fields.error(path, "expected an object, got " + describe(node));
                    continue;
                }
                readKpi(node, path, generatedAt, firstAt).ifPresent(k -> kpis.putIfAbsent(k.id(), k));
            }
        }
        return new Result(generatedAt, source, kpis, fields.issues());
    }

    private Optional<Kpi> readKpi(JsonNode node, JsonPath path, Instant generatedAt, Map<String, JsonPath> firstAt) {
        int errorsBefore = fields.errorCount();
        Optional<String> id = fields.requiredString(node, path, "id");
        id.ifPresent(value -> {
            JsonPath first = firstAt.putIfAbsent(value, path);
            if (first != null) {
                fields.error(path.field("id"), "duplicate id '" + value + "', first at " + first);
            }
        });
        Optional<String> label = fields.requiredString(node, path, "label");
        Optional<KpiUnit> unit = fields.requiredString(node, path, "unit").flatMap(text -> {
            Optional<KpiUnit> u = KpiUnit.fromFeed(text);
            if (u.isEmpty()) {
                fields.error(path.field("unit"), "unknown unit " + quote(text) + "; allowed: " + KpiUnit.allowed());
            }
            return u;
        });
        Optional<Better> better = fields.requiredString(node, path, "better").flatMap(text -> {
            Optional<Better> b = Better.fromFeed(text);
            if (b.isEmpty()) {
                fields.error(path.field("better"),
                        "unknown direction " + quote(text) + "; allowed: " + Better.allowed());
            }
            return b;
        });
        Double value = null;
        JsonNode valueNode = node.get("value");
        if (valueNode == null) {
            fields.error(path.field("value"), "required field is missing (use null when there is no data yet)");
        } else if (!valueNode.isNull()) {
            value = fields.number(valueNode, path.field("value"), " (use null when there is no data yet)").orElse(null);
        }
        Double target = null;
        JsonNode targetNode = node.get("target");
        if (targetNode != null && !targetNode.isNull()) {
            target = fields.number(targetNode, path.field("target"), "").orElse(null);
        }
        Instant asOf = node.hasNonNull("as_of")
                ? fields.timestamp(node.get("as_of"), path.field("as_of")).orElse(null)
                : generatedAt;
        List<SeriesPoint> series = charts.series(node, path, asOf);
        Breakdown breakdown = charts.breakdown(node, path);
        if (fields.errorCount() > errorsBefore || asOf == null) {
            return Optional.empty();
        }
        Kpi kpi = new Kpi(id.get(), label.get(), unit.get(), better.get(), value, target, asOf, series, breakdown);
        FeedConsistency.check(kpi, path, fields);
        return Optional.of(kpi);
    }
}
