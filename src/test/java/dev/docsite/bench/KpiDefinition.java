package dev.docsite.bench;

/**
 * A KPI of the synthetic feed.
 *
 * @param id          what pages reference
 * @param label       human name
 * @param unit        count, percent, days, hours or ratio
 * @param better      up or down
 * @param typical     around which the generated value lies
 * @param target      goal shown next to the value
 * @param breakdownBy dimension of the breakdown rows
 */
public record KpiDefinition(String id, String label, String unit, String better, double typical, double target,
                            String breakdownBy) {
}
