package dev.docsite.search;

import java.util.List;

/**
 * One page as search sees it: what its results link to and show, and what its words are indexed from.
 *
 * @param url      site-relative URL of the page
 * @param title    page title (indexed with the highest weight)
 * @param scope    the docs version (or other scope) the page belongs to, {@code ""} for none: on a page that names
 *                 a version ({@code <meta name="docsearch:version">}) the search shows only pages of that version
 *                 and unscoped ones
 * @param intro    text before the first heading
 * @param sections the page's headings, each with the text up to the next heading
 */
public record SearchDocument(String url, String title, String scope, String intro, List<Section> sections) {

    public SearchDocument {
        scope = scope == null ? "" : scope;
        sections = List.copyOf(sections);
    }

    /**
     * A heading and its text, the unit a result points at ({@code page#anchor}).
     *
     * @param anchor  the heading's id
     * @param heading the heading's text (indexed above body text)
     * @param text    the section's text up to the next heading
     */
    public record Section(String anchor, String heading, String text) {
    }
}
