package dev.docsite.kpi;

import java.util.List;

/**
 * A KPI split by some dimension, e.g. by business unit.
 *
 * @param by   what the rows are split by ({@code business unit}), or {@code null}
 * @param rows rows in feed order
 */
public record Breakdown(String by, List<Row> rows) {

    public Breakdown {
        rows = List.copyOf(rows);
    }

    /** One row of a breakdown. */
    public record Row(String key, double value) {
    }
}
