package dev.docsite.kpi.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docsite.kpi.Better;
import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.Kpi;
import dev.docsite.kpi.KpiUnit;
import dev.docsite.kpi.SeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_SHOWN_LENGTH = 40;

    private final List<FeedIssue> issues = new ArrayList<>();

    static Result validate(JsonNode root) {
        return new FeedValidator().run(root);
    }

    private Result run(JsonNode root) {
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        if (!root.isObject()) {
            error(JsonPath.ROOT, "expected a JSON object with generated_at and kpis, got " + describe(root));
            return new Result(null, null, kpis, issues);
        }
        Instant generatedAt = requiredTimestamp(root, JsonPath.ROOT, "generated_at").orElse(null);
        String source = optionalString(root, JsonPath.ROOT, "source").orElse(null);
        JsonPath kpisPath = JsonPath.ROOT.field("kpis");
        JsonNode list = root.get("kpis");
        if (list == null) {
            error(kpisPath, "required field is missing");
        } else if (!list.isArray()) {
            error(kpisPath, "expected an array, got " + describe(list));
        } else {
            Map<String, JsonPath> firstAt = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                JsonPath path = kpisPath.index(i);
                JsonNode node = list.get(i);
                if (!node.isObject()) {
                    error(path, "expected an object, got " + describe(node));
                    continue;
                }
                readKpi(node, path, generatedAt, firstAt).ifPresent(k -> kpis.putIfAbsent(k.id(), k));
            }
        }
        return new Result(generatedAt, source, kpis, List.copyOf(issues));
    }

    private Optional<Kpi> readKpi(JsonNode node, JsonPath path, Instant generatedAt, Map<String, JsonPath> firstAt) {
        int errorsBefore = errorCount();
        Optional<String> id = requiredString(node, path, "id");
        id.ifPresent(value -> {
            JsonPath first = firstAt.putIfAbsent(value, path);
            if (first != null) {
                error(path.field("id"), "duplicate id '" + value + "', first at " + first);
            }
        });
        Optional<String> label = requiredString(node, path, "label");
        Optional<KpiUnit> unit = requiredString(node, path, "unit").flatMap(text -> {
            Optional<KpiUnit> u = KpiUnit.fromFeed(text);
            if (u.isEmpty()) {
                error(path.field("unit"), "unknown unit " + quote(text) + "; allowed: " + KpiUnit.allowed());
            }
            return u;
        });
        Optional<Better> better = requiredString(node, path, "better").flatMap(text -> {
            Optional<Better> b = Better.fromFeed(text);
            if (b.isEmpty()) {
                error(path.field("better"), "unknown direction " + quote(text) + "; allowed: " + Better.allowed());
            }
            return b;
        });
        Double value = null;
        JsonNode valueNode = node.get("value");
        if (valueNode == null) {
            error(path.field("value"), "required field is missing (use null when there is no data yet)");
        } else if (!valueNode.isNull()) {
            value = number(valueNode, path.field("value"), " (use null when there is no data yet)").orElse(null);
        }
        Double target = null;
        JsonNode targetNode = node.get("target");
        if (targetNode != null && !targetNode.isNull()) {
            target = number(targetNode, path.field("target"), "").orElse(null);
        }
        Instant asOf = node.hasNonNull("as_of")
                ? timestamp(node.get("as_of"), path.field("as_of")).orElse(null)
                : generatedAt;
        List<SeriesPoint> series = readSeries(node, path, asOf);
        Breakdown breakdown = readBreakdown(node, path);
        if (errorCount() > errorsBefore || asOf == null) {
            return Optional.empty();
        }
        return Optional.of(new Kpi(id.get(), label.get(), unit.get(), better.get(), value, target, asOf, series,
                breakdown));
    }

    private List<SeriesPoint> readSeries(JsonNode node, JsonPath kpiPath, Instant asOf) {
        JsonPath path = kpiPath.field("series");
        JsonNode list = node.get("series");
        List<SeriesPoint> points = new ArrayList<>();
        if (list == null || list.isNull()) {
            return points;
        }
        if (!list.isArray()) {
            error(path, "expected an array of {\"t\": date, \"v\": number}, got " + describe(list));
            return points;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonPath pointPath = path.index(i);
            JsonNode point = list.get(i);
            if (!point.isObject()) {
                error(pointPath, "expected an object {\"t\": date, \"v\": number}, got " + describe(point));
                continue;
            }
            Optional<String> t = requiredString(point, pointPath, "t");
            Optional<Instant> at = t.flatMap(text -> dateOrTimestamp(text, pointPath.field("t")));
            Optional<Double> v = point.has("v")
                    ? number(point.get("v"), pointPath.field("v"), "")
                    : missing(pointPath.field("v"));
            if (at.isEmpty() || v.isEmpty()) {
                continue;
            }
            if (!points.isEmpty() && !at.get().isAfter(points.get(points.size() - 1).at())) {
                error(pointPath.field("t"), t.get() + " is not after the previous point "
                        + points.get(points.size() - 1).t() + "; series must be in chronological order");
                continue;
            }
            if (asOf != null && at.get().atOffset(ZoneOffset.UTC).toLocalDate()
                    .isAfter(asOf.atOffset(ZoneOffset.UTC).toLocalDate())) {
                warning(pointPath.field("t"), t.get() + " is after as_of " + asOf
                        + "; charts end at as_of, so this point is not shown");
            }
            points.add(new SeriesPoint(t.get(), at.get(), v.get()));
        }
        return points;
    }

    private Breakdown readBreakdown(JsonNode node, JsonPath kpiPath) {
        JsonPath path = kpiPath.field("breakdown");
        JsonNode b = node.get("breakdown");
        if (b == null || b.isNull()) {
            return null;
        }
        if (!b.isObject()) {
            error(path, "expected an object {\"by\": text, \"rows\": [...]}, got " + describe(b));
            return null;
        }
        String by = optionalString(b, path, "by").orElse(null);
        JsonPath rowsPath = path.field("rows");
        JsonNode rows = b.get("rows");
        if (rows == null) {
            error(rowsPath, "required field is missing");
            return null;
        }
        if (!rows.isArray()) {
            error(rowsPath, "expected an array, got " + describe(rows));
            return null;
        }
        List<Breakdown.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonPath rowPath = rowsPath.index(i);
            JsonNode row = rows.get(i);
            if (!row.isObject()) {
                error(rowPath, "expected an object {\"key\": text, \"value\": number}, got " + describe(row));
                continue;
            }
            Optional<String> key = requiredString(row, rowPath, "key");
            Optional<Double> value = row.has("value")
                    ? number(row.get("value"), rowPath.field("value"), "")
                    : missing(rowPath.field("value"));
            if (key.isPresent() && value.isPresent()) {
                out.add(new Breakdown.Row(key.get(), value.get()));
            }
        }
        return new Breakdown(by, out);
    }

    private Optional<String> requiredString(JsonNode parent, JsonPath parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return missing(parentPath.field(field));
        }
        if (!n.isTextual()) {
            error(parentPath.field(field), "expected a string, got " + describe(n));
            return Optional.empty();
        }
        if (n.asText().isBlank()) {
            error(parentPath.field(field), "must not be empty");
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    private Optional<String> optionalString(JsonNode parent, JsonPath parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            error(parentPath.field(field), "expected a string, got " + describe(n));
            return Optional.empty();
        }
        return n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
    }

    private Optional<Instant> requiredTimestamp(JsonNode parent, JsonPath parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return missing(parentPath.field(field));
        }
        return timestamp(n, parentPath.field(field));
    }

    private Optional<Instant> timestamp(JsonNode n, JsonPath path) {
        if (!n.isTextual()) {
            error(path, "expected an ISO-8601 timestamp such as \"2026-11-20T08:00:00Z\", got " + describe(n));
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(n.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            error(path, "expected an ISO-8601 timestamp with offset such as \"2026-11-20T08:00:00Z\", got "
                    + describe(n));
            return Optional.empty();
        }
    }

    private Optional<Instant> dateOrTimestamp(String text, JsonPath path) {
        try {
            if (DATE.matcher(text).matches()) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            error(path, "expected a date such as \"2026-06-01\" or a timestamp such as \"2026-06-01T00:00:00Z\", got "
                    + quote(text));
            return Optional.empty();
        }
    }

    private Optional<Double> number(JsonNode n, JsonPath path, String hint) {
        if (!n.isNumber()) {
            error(path, "expected a number, got " + describe(n) + hint);
            return Optional.empty();
        }
        return Optional.of(n.doubleValue());
    }

    private <T> Optional<T> missing(JsonPath path) {
        error(path, "required field is missing");
        return Optional.empty();
    }

    private void error(JsonPath path, String message) {
        issues.add(new FeedIssue(path, message, true));
    }

    private void warning(JsonPath path, String message) {
        issues.add(new FeedIssue(path, message, false));
    }

    private int errorCount() {
        return (int) issues.stream().filter(FeedIssue::error).count();
    }

    /** How a wrong value is shown in a message: strings quoted (shortened), containers by kind. */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return quote(n.asText());
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        return n.toString();
    }

    private static String quote(String text) {
        String shown = text.length() > MAX_SHOWN_LENGTH ? text.substring(0, MAX_SHOWN_LENGTH) + "…" : text;
        return '"' + shown + '"';
    }
}
