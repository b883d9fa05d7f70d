package dev.docsite.kpi.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds numbers a feed may not hold anywhere in the document, unknown fields included: {@code NaN}, infinities and
 * literals beyond a double's range such as {@code 1e400}, which Jackson reads as infinity. They are errors at their
 * JSON path: a chart cannot draw them, and the snapshot kept for {@code use-last-snapshot} could not be read back.
 */
final class NonFiniteNumbers {

    private NonFiniteNumbers() {
    }

    /** Records an error in {@code fields} for every such number under {@code node}. */
    static void report(JsonNode node, JsonPath path, FeedFields fields) {
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isNaN(d)) {
                fields.error(path, "NaN is not a number a KPI feed may hold; write a number, or null when there is"
                        + " no data");
            } else if (Double.isInfinite(d)) {
                fields.error(path, "the number is infinite or beyond the range docsite can hold (about "
                        + (d > 0 ? "" : "\u2212") + "1.8e308); write a number within that range, or null when there"
                        + " is no data");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                report(node.get(i), path.index(i), fields);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                report(field.getValue(), path.field(field.getKey()), fields);
            }
        }
    }
}
