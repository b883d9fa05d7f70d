package dev.docsite.markdown;

/**
 * A KPI placed in the Markdown body, inline ({@code :kpi[id]}) or in a fenced {@code kpi} block.
 *
 * @param id     KPI id as written
 * @param line   1-based line in the source file
 * @param column 1-based column in the source file
 */
public record KpiRef(String id, int line, int column) {
}
