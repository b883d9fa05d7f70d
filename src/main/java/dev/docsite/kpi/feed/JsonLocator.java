package dev.docsite.kpi.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds line and column of JSON paths in a document that already parsed. The tree model drops locations, so on
 * error the body is streamed once more; a path that does not exist (a missing field) falls back to its nearest
 * existing parent.
 */
final class JsonLocator {

    /** 1-based position; {@code 0,0} when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Map<String, Position> positions;

    private JsonLocator(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Scans {@code body} for the given paths and their parents. */
    static JsonLocator scan(byte[] body, Iterable<JsonPath> paths) {
        Set<String> wanted = new HashSet<>();
        for (JsonPath p : paths) {
            for (JsonPath q = p; ; q = q.parent()) {
                wanted.add(q.pointer());
                if (q.isRoot()) {
                    break;
                }
            }
        }
        Map<String, Position> found = new HashMap<>();
        if (body != null) {
            try (JsonParser parser = FACTORY.createParser(body)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null && found.size() < wanted.size()) {
                    if (token == JsonToken.FIELD_NAME) {
                        continue; // point at the value, which is what is wrong, not at its key
                    }
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (wanted.contains(pointer) && !found.containsKey(pointer)) {
                        JsonLocation at = parser.currentTokenLocation();
                        found.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
                    }
                }
            } catch (IOException e) {
                // The body parsed before; if streaming it fails now, positions are simply unknown.
            }
        }
        return new JsonLocator(found);
    }

    Position locate(JsonPath path) {
        for (JsonPath q = path; ; q = q.parent()) {
            Position p = positions.get(q.pointer());
            if (p != null) {
                return p;
            }
            if (q.isRoot()) {
                return Position.UNKNOWN;
            }
        }
    }
}
