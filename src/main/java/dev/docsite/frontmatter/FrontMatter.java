package dev.docsite.frontmatter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields Docusaurus defines for docs, typed; {@link #all()} keeps every field, known or not, for templates.
 * Absent optional values are {@code null}; absent flags are {@code false}. Built with {@link #builder()}.
 *
 * @param startLine      1-based line of the first field (after the opening {@code ---}); 0 if no frontmatter
 * @param endLine        1-based line of the closing {@code ---}; 0 if no frontmatter
 * @param paginationPrev {@code null} when absent (sidebar order applies)
 * @param paginationNext {@code null} when absent (sidebar order applies)
 * @param kpis           KPI ids to show as a grid (docsite extension)
 * @param lastUpdate     {@code last_update: {date, author}}, which wins over the file's last git commit, or
 *                       {@code null}
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
        LastUpdate lastUpdate,
        Map<String, Object> all,
        Map<String, Integer> keyLines) {

    public FrontMatter {
        keywords = List.copyOf(keywords);
        tags = List.copyOf(tags);
        kpis = List.copyOf(kpis);
        all = Collections.unmodifiableMap(withSharedKeys(all));
        keyLines = Map.copyOf(withSharedKeys(keyLines));
    }

    /**
     * {@code map} with each key replaced by the one string the JVM keeps for its text: the YAML parser makes new key
     * strings for every page, and a site's pages use the same few keys (a 100,000-page site kept 600,000 of them).
     */
    private static <V> LinkedHashMap<String, V> withSharedKeys(Map<String, V> map) {
        LinkedHashMap<String, V> shared = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        map.forEach((key, value) -> shared.put(key == null ? null : key.intern(), value));
        return shared;
    }

    /**
     * Docusaurus's {@code last_update} frontmatter: either part may be absent ({@code null}).
     *
     * @param date   the day, {@code 2026-11-20}
     * @param author who changed the page last
     */
    public record LastUpdate(java.time.LocalDate date, String author) {
    }

    /** Line of {@code key} in the file, or the first frontmatter line when absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, Math.max(startLine, 1));
    }

    /** A page without frontmatter: every field absent, TOC levels 2 to 3. */
    public static FrontMatter empty() {
        return builder().build();
    }

    /** A builder starting from {@link #empty()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of lines the frontmatter block occupies, including both {@code ---} fences. */
    public int lineCount() {
        return endLine;
    }

    /** Builds a {@link FrontMatter} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private int startLine;
        private int endLine;
        private String id;
        private String title;
        private String sidebarLabel;
        private Double sidebarPosition;
        private String paginationLabel;
        private NavOverride paginationPrev;
        private NavOverride paginationNext;
        private String description;
        private List<String> keywords = List.of();
        private String slug;
        private String image;
        private List<String> tags = List.of();
        private boolean draft;
        private boolean unlisted;
        private boolean hideTitle;
        private boolean hideTableOfContents;
        private int tocMinHeadingLevel = 2;
        private int tocMaxHeadingLevel = 3;
        private String customEditUrl;
        private List<String> kpis = List.of();
        private LastUpdate lastUpdate;
        private Map<String, Object> all = Map.of();
        private Map<String, Integer> keyLines = Map.of();

        private Builder() {
        }

        public Builder startLine(int value) { this.startLine = value; return this; }
        public Builder endLine(int value) { this.endLine = value; return this; }
        public Builder id(String value) { this.id = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder sidebarLabel(String value) { this.sidebarLabel = value; return this; }
        public Builder sidebarPosition(Double value) { this.sidebarPosition = value; return this; }
        public Builder paginationLabel(String value) { this.paginationLabel = value; return this; }
        public Builder paginationPrev(NavOverride value) { this.paginationPrev = value; return this; }
        public Builder paginationNext(NavOverride value) { this.paginationNext = value; return this; }
        public Builder description(String value) { this.description = value; return this; }
        public Builder keywords(List<String> value) { this.keywords = value; return this; }
        public Builder slug(String value) { this.slug = value; return this; }
        public Builder image(String value) { this.image = value; return this; }
        public Builder tags(List<String> value) { this.tags = value; return this; }
        public Builder draft(boolean value) { this.draft = value; return this; }
        public Builder unlisted(boolean value) { this.unlisted = value; return this; }
        public Builder hideTitle(boolean value) { this.hideTitle = value; return this; }
        public Builder hideTableOfContents(boolean value) { this.hideTableOfContents = value; return this; }
        public Builder tocMinHeadingLevel(int value) { this.tocMinHeadingLevel = value; return this; }
        public Builder tocMaxHeadingLevel(int value) { this.tocMaxHeadingLevel = value; return this; }
        public Builder customEditUrl(String value) { this.customEditUrl = value; return this; }
        public Builder kpis(List<String> value) { this.kpis = value; return this; }
        public Builder lastUpdate(LastUpdate value) { this.lastUpdate = value; return this; }
        public Builder all(Map<String, Object> value) { this.all = value; return this; }
        public Builder keyLines(Map<String, Integer> value) { this.keyLines = value; return this; }

        public FrontMatter build() {
            return new FrontMatter(startLine, endLine, id, title, sidebarLabel, sidebarPosition, paginationLabel,
                    paginationPrev, paginationNext, description, keywords, slug, image, tags, draft, unlisted,
                    hideTitle, hideTableOfContents, tocMinHeadingLevel, tocMaxHeadingLevel, customEditUrl, kpis, lastUpdate,
                    all, keyLines);
        }
    }
}
