package dev.docsite.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPI data one build uses.
 *
 * @param generatedAt  {@code generated_at} of the feed
 * @param source       {@code source} of the feed, or {@code null}
 * @param fetchedAt    when the feed was read
 * @param origin       feed file path (relative to the site root) or URL
 * @param fromFallback the feed failed and this is the last good snapshot
 * @param kpis         KPIs by id, in feed order
 * @param feedJson     the feed document exactly as used (unknown fields included), compact JSON
 */
public record KpiSnapshot(Instant generatedAt, String source, Instant fetchedAt, String origin, boolean fromFallback,
                          Map<String, Kpi> kpis, String feedJson) {

    /** Field names added to the feed document in {@link #toJson()}. */
    public static final String FETCHED_AT = "fetched_at";
    public static final String ORIGIN = "origin";
    public static final String FROM_FALLBACK = "from_fallback";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public KpiSnapshot {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(feedJson, "feedJson");
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    }

    public Optional<Kpi> find(String id) {
        return Optional.ofNullable(kpis.get(id));
    }

    /** The same data marked as a fallback (the feed failed and this last good snapshot stands in). */
    public KpiSnapshot asFallback() {
        return new KpiSnapshot(generatedAt, source, fetchedAt, origin, true, kpis, feedJson);
    }

    /** Content of {@code kpi/snapshot.json}: the feed document plus {@code fetched_at}, {@code origin}, {@code from_fallback}. */
    public String toJson() {
        try {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(feedJson);
            doc.put(FETCHED_AT, fetchedAt.toString());
            doc.put(ORIGIN, origin);
            doc.put(FROM_FALLBACK, fromFallback);
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException | ClassCastException e) {
            // feedJson is produced by the loader from a parsed object, so this means a caller built a bad record.
            throw new IllegalStateException("KpiSnapshot.feedJson is not a JSON object: " + e.getMessage(), e);
        }
    }
}
