package dev.docsite.kpi.feed;

import static dev.docsite.kpi.feed.FeedFields.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docsite.kpi.Breakdown;
import dev.docsite.kpi.SeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a KPI's optional chart data, its {@code series} and its {@code breakdown}; issues go to {@link FeedFields}. */
final class ChartDataReader {

    private final FeedFields fields;

    ChartDataReader(FeedFields fields) {
        this.fields = fields;
    }

    List<SeriesPoint> series(JsonNode node, JsonPath kpiPath, Instant asOf) {
        JsonPath path = kpiPath.field("series");
        JsonNode list = node.get("series");
        List<SeriesPoint> points = new ArrayList<>();
        int lastIndex = -1;
        if (list == null || list.isNull()) {
            return points;
        }
        if (!list.isArray()) {
            fields.error(path, "expected an array of {\"t\": date, \"v\": number}, got " + describe(list));
            return points;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonPath pointPath = path.index(i);
            JsonNode point = list.get(i);
            if (!point.isObject()) {
                fields.error(pointPath, "expected an object {\"t\": date, \"v\": number}, got " + describe(point));
                continue;
            }
            Optional<String> t = fields.requiredString(point, pointPath, "t");
            Optional<Instant> at = t.flatMap(text -> fields.dateOrTimestamp(text, pointPath.field("t")));
            Optional<Double> v = point.has("v")
                    ? fields.number(point.get("v"), pointPath.field("v"), "")
                    : fields.missing(pointPath.field("v"));
            if (at.isEmpty() || v.isEmpty()) {
                continue;
            }
            SeriesPoint last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last != null && day(at.get()).equals(day(last.at()))) {
                fields.warning(pointPath.field("t"), "duplicate date: " + t.get() + " is the same day as "
                        + path.index(lastIndex) + " (" + last.t() + "); the chart shows one point a day, so this"
                        + " point is not shown");
                continue;
            }
            if (last != null && at.get().isBefore(last.at())) {
                fields.error(pointPath.field("t"), t.get() + " is not after the previous point "
                        + last.t() + "; series must be in chronological order");
                continue;
            }
            if (asOf != null && day(at.get()).isAfter(day(asOf))) {
                fields.warning(pointPath.field("t"), t.get() + " is after as_of " + asOf
                        + "; charts end at as_of, so this point is not shown");
            }
            points.add(new SeriesPoint(t.get(), at.get(), v.get()));
            lastIndex = i;
        }
        return points;
    }

    private static LocalDate day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    Breakdown breakdown(JsonNode node, JsonPath kpiPath) {
        JsonPath path = kpiPath.field("breakdown");
        JsonNode b = node.get("breakdown");
        if (b == null || b.isNull()) {
            return null;
        }
        if (!b.isObject()) {
            fields.error(path, "expected an object {\"by\": text, \"rows\": [...]}, got " + describe(b));
            return null;
        }
        String by = fields.optionalString(b, path, "by").orElse(null);
        JsonPath rowsPath = path.field("rows");
        JsonNode rows = b.get("rows");
        if (rows == null) {
            fields.error(rowsPath, "required field is missing");
            return null;
        }
        if (!rows.isArray()) {
            fields.error(rowsPath, "expected an array, got " + describe(rows));
            return null;
        }
        List<Breakdown.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonPath rowPath = rowsPath.index(i);
            JsonNode row = rows.get(i);
            if (!row.isObject()) {
                fields.error(rowPath, "expected an object {\"key\": text, \"value\": number}, got " + describe(row));
                continue;
            }
            Optional<String> key = fields.requiredString(row, rowPath, "key");
            Optional<Double> value = row.has("value")
                    ? fields.number(row.get("value"), rowPath.field("value"), "")
                    : fields.missing(rowPath.field("value"));
            if (key.isPresent() && value.isPresent()) {
                out.add(new Breakdown.Row(key.get(), value.get()));
            }
        }
        return new Breakdown(by, out);
    }
}
