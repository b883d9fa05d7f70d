package dev.docsite.kpi.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * Position of a value in the feed document, shown to users as {@code kpis[3].value} and used internally as a JSON
 * pointer ({@code /kpis/3/value}) to find its line and column.
 *
 * @param segments field names ({@link String}) and array indexes ({@link Integer}) from the root
 */
public record JsonPath(List<Object> segments) {

    public static final JsonPath ROOT = new JsonPath(List.of());

    public JsonPath {
        segments = List.copyOf(segments);
    }

    public JsonPath field(String name) {
        return append(name);
    }

    public JsonPath index(int i) {
        return append(i);
    }

    public JsonPath parent() {
        return segments.isEmpty() ? this : new JsonPath(segments.subList(0, segments.size() - 1));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    private JsonPath append(Object segment) {
        List<Object> more = new ArrayList<>(segments);
        more.add(segment);
        return new JsonPath(more);
    }

    /** RFC 6901 pointer, as Jackson's parsing context reports it. */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** {@code kpis[3].value}; the root is {@code (top level)}. */
    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "(top level)";
        }
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
