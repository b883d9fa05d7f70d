package dev.docsite.frontmatter;

import java.util.List;
import java.util.Map;

/**
 * The fields Docusaurus defines for docs, typed; {@link #all()} keeps every field, known or not, for templates.
 * Absent optional values are {@code null}; absent flags are {@code false}.
 *
 * @param startLine      1-based line of the first field (after the opening {@code ---}); 0 if no frontmatter
 * @param endLine        1-based line of the closing {@code ---}; 0 if no frontmatter
 * @param paginationPrev {@code null} when absent (sidebar order applies)
 * @param paginationNext {@code null} when absent (sidebar order applies)
 * @param kpis           KPI ids to show as a grid (docsite extension)
 * @param keyLines       1-based source line of each top-level key, for locating problems about a field
 */
public record FrontMatter(
        int startLine,
        int endLine,
        String id,
        String title,
        String sidebarLabel,
        Double sidebarPosition,
        String paginationLabel,
        NavOverride paginationPrev,
        NavOverride paginationNext,
        String description,
        List<String> keywords,
        String slug,
        String image,
        List<String> tags,
        boolean draft,
        boolean unlisted,
        boolean hideTitle,
        boolean hideTableOfContents,
        int tocMinHeadingLevel,
        int tocMaxHeadingLevel,
        String customEditUrl,
        List<String> kpis,
        Map<String, Object> all,
        Map<String, Integer> keyLines) {

    public FrontMatter {
        keywords = List.copyOf(keywords);
        tags = List.copyOf(tags);
        kpis = List.copyOf(kpis);
        all = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(all));
        keyLines = Map.copyOf(keyLines);
    }

    /** Line of {@code key} in the file, or the first frontmatter line when absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, Math.max(startLine, 1));
    }

    public static FrontMatter empty() {
        return new FrontMatter(0, 0, null, null, null, null, null, null, null, null, List.of(), null, null, List.of(),
                false, false, false, false, 2, 3, null, List.of(), Map.of(), Map.of());
    }

    /** Number of lines the frontmatter block occupies, including both {@code ---} fences. */
    public int lineCount() {
        return endLine;
    }
}
