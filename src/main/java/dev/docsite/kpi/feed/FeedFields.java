package dev.docsite.kpi.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a feed document and records a {@link FeedIssue}, at the value's JSON path, for each one
 * that is missing or of the wrong type; the caller goes on, so that one run reports every problem of a feed.
 * Not thread-safe; use one instance per document.
 */
final class FeedFields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_SHOWN_LENGTH = 40;

    private final List<FeedIssue> issues = new ArrayList<>();

    /** Every issue recorded so far, in the order found. */
    List<FeedIssue> issues() {
        return List.copyOf(issues);
    }

    Optional<String> requiredString(JsonNode parent, JsonPath parentPath, String field) {
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

    Optional<String> optionalString(JsonNode parent, JsonPath parentPath, String field) {
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

    Optional<Instant> requiredTimestamp(JsonNode parent, JsonPath parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return missing(parentPath.field(field));
        }
        return timestamp(n, parentPath.field(field));
    }

    Optional<Instant> timestamp(JsonNode n, JsonPath path) {
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

    Optional<Instant> dateOrTimestamp(String text, JsonPath path) {
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

    Optional<Double> number(JsonNode n, JsonPath path, String hint) {
        if (!n.isNumber()) {
            error(path, "expected a number, got " + describe(n) + hint);
            return Optional.empty();
        }
        // NaN and infinities are reported once for the whole document by NonFiniteNumbers.
        return Double.isFinite(n.doubleValue()) ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    <T> Optional<T> missing(JsonPath path) {
        error(path, "required field is missing");
        return Optional.empty();
    }

    void error(JsonPath path, String message) {
        issues.add(new FeedIssue(path, message, true));
    }

    void warning(JsonPath path, String message) {
        issues.add(new FeedIssue(path, message, false));
    }

    int errorCount() {
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

    static String quote(String text) {
        String shown = text.length() > MAX_SHOWN_LENGTH ? text.substring(0, MAX_SHOWN_LENGTH) + "…" : text;
        return '"' + shown + '"';
    }
}
