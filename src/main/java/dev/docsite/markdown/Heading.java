package dev.docsite.markdown;

/**
 * A heading of a page, as it appears in the table of contents and as an anchor target.
 *
 * @param level 1 to 6
 * @param text  plain text (no markup)
 * @param id    anchor id: explicit {@code {#id}} or the GitHub/Docusaurus slug, de-duplicated per page
 * @param line  1-based line in the source file
 */
public record Heading(int level, String text, String id, int line) {
}
