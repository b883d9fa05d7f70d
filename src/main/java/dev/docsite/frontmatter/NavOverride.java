package dev.docsite.frontmatter;

/**
 * A {@code pagination_prev}/{@code pagination_next} value: absent (use sidebar order), {@code null} (no link),
 * or a doc id.
 */
public record NavOverride(boolean disabled, String docId) {

    public static final NavOverride NONE = new NavOverride(true, null);

    public static NavOverride to(String docId) {
        return new NavOverride(false, docId);
    }
}
