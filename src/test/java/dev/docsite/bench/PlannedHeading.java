package dev.docsite.bench;

/**
 * A heading a generated page will contain, known before the page is written so other pages can link to it.
 *
 * @param level 2 or 3
 * @param text  plain heading text (no markup)
 * @param slug  its anchor, see {@link HeadingSlug}
 */
public record PlannedHeading(int level, String text, String slug) {

    public static PlannedHeading of(int level, String text) {
        return new PlannedHeading(level, text, HeadingSlug.of(text));
    }
}
