package dev.docsite.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The KPI feed matching {@link KpiCatalog}: values, targets, 12 weekly points and a breakdown per KPI. Every date is
 * derived from the seed, never from the clock, so the same seed gives the same bytes.
 */
final class KpiFeedWriter {

    private static final Instant EPOCH = Instant.parse("2025-07-01T06:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KpiFeedWriter() {
    }

    /** When the feed claims it was generated: a fixed day in a half-year window chosen by the seed. */
    static Instant generatedAt(long seed) {
        return EPOCH.plus(Math.floorMod(seed, 180L), ChronoUnit.DAYS);
    }

    static String json(long seed) {
        Instant generatedAt = generatedAt(seed);
        ObjectNode feed = JSON.createObjectNode();
        feed.put("generated_at", generatedAt.toString());
        feed.put("source", "docsite-bench synthetic feed (seed " + seed + ")");
        ArrayNode kpis = feed.putArray("kpis");
        for (int i = 0; i < KpiCatalog.ALL.size(); i++) {
            kpis.add(kpi(KpiCatalog.ALL.get(i), CorpusPlanner.randomFor(seed, i, 9), generatedAt));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the KPI feed", e);
        }
    }

    private static ObjectNode kpi(KpiDefinition d, SplittableRandom random, Instant generatedAt) {
        Instant asOf = generatedAt.minus(random.nextInt(24), ChronoUnit.HOURS);
        double value = round(d, d.typical() * (0.85 + 0.3 * random.nextDouble()));
        ObjectNode kpi = JSON.createObjectNode();
        kpi.put("id", d.id());
        kpi.put("label", d.label());
        kpi.put("unit", d.unit());
        kpi.put("better", d.better());
        number(kpi, "value", d, value);
        number(kpi, "target", d, d.target());
        kpi.put("as_of", asOf.toString());
        ArrayNode series = kpi.putArray("series");
        LocalDate asOfDay = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        // Weekly history drifting towards the current value; every point is before the as_of day.
        double start = d.typical() * (0.8 + 0.4 * random.nextDouble());
        for (int week = 12; week >= 1; week--) {
            double progress = (12 - week) / 12.0;
            double v = start + (value - start) * progress + d.typical() * 0.04 * (random.nextDouble() - 0.5);
            ObjectNode point = series.addObject();
            point.put("t", asOfDay.minusWeeks(week).toString());
            number(point, "v", d, round(d, v));
        }
        ObjectNode breakdown = kpi.putObject("breakdown");
        breakdown.put("by", d.breakdownBy());
        ArrayNode rows = breakdown.putArray("rows");
        List<String> keys = keys(d.breakdownBy());
        // A count's rows are parts of its value and must add up to it (docsite warns otherwise); other units are
        // rates per row around the headline value.
        boolean parts = d.unit().equals("count");
        long left = Math.round(value);
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode row = rows.addObject();
            row.put("key", keys.get(i));
            double share = value * (0.6 + 0.8 * random.nextDouble()) / (parts ? keys.size() : 1);
            if (parts) {
                long part = i == keys.size() - 1 ? left : Math.min(left, Math.round(share));
                left -= part;
                number(row, "value", d, part);
            } else {
                number(row, "value", d, round(d, share));
            }
        }
        return kpi;
    }

    private static List<String> keys(String by) {
        return switch (by) {
            case "team" -> List.of("payments", "mobile", "checkout", "data platform");
            case "business unit" -> List.of("Retail", "Corporate", "Wealth");
            case "asset type" -> List.of("web application", "API", "container image", "cloud account");
            case "platform" -> List.of("AWS", "Azure", "on-premises");
            case "severity" -> List.of("SEV1", "SEV2", "SEV3");
            case "region" -> List.of("EMEA", "Americas", "APAC");
            default -> List.of("tier 1", "tier 2", "tier 3");
        };
    }

    private static double round(KpiDefinition d, double v) {
        double bounded = d.unit().equals("percent") ? Math.min(100, Math.max(0, v)) : Math.max(0, v);
        return switch (d.unit()) {
            case "count" -> Math.round(bounded);
            case "ratio" -> Math.round(bounded * 100) / 100.0;
            default -> Math.round(bounded * 10) / 10.0;
        };
    }

    private static void number(ObjectNode node, String field, KpiDefinition d, double v) {
        if (d.unit().equals("count")) {
            node.put(field, Math.round(v));
        } else {
            node.put(field, v);
        }
    }
}
