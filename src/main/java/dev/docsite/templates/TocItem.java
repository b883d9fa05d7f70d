package dev.docsite.templates;

/** A heading in the page's table of contents (h2–h3 by default); {@code depth} is 0 for the top level shown. */
public record TocItem(String text, String id, int depth) {
}
