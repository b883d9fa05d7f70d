package dev.docsite.search;

import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.PageOutline;
import java.util.ArrayList;
import java.util.List;

/** Makes {@link SearchDocument}s from what the build already holds, so that no page is parsed again for search. */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    /** A page, split into sections at its headings (its outline's text and where each heading is in it). */
    public static SearchDocument of(Page page, String scope) {
        PageOutline outline = page.outline();
        String text = outline.text();
        List<Heading> headings = outline.headings();
        List<Integer> spans = outline.headingSpans();
        List<SearchDocument.Section> sections = new ArrayList<>(headings.size());
        if (spans.size() != 2 * headings.size()) {
            // An outline made without positions (tests, tools): the headings are still indexed.
            for (Heading h : headings) {
                sections.add(new SearchDocument.Section(h.id(), h.text(), ""));
            }
            return new SearchDocument(page.url(), page.title(), scope, spaced(text), sections);
        }
        String intro = spaced(text.substring(0, headings.isEmpty() ? text.length() : spans.get(0)));
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? spans.get(2 * i + 2) : text.length();
            String body = spaced(text.substring(spans.get(2 * i + 1), Math.max(spans.get(2 * i + 1), end)));
            if (i == 0 && h.level() == 1 && h.text().equals(page.title())) {
                // The title heading: a match in it is a match of the page, which results link to without an anchor.
                intro = spaced(intro + " " + body);
            } else {
                sections.add(new SearchDocument.Section(h.id(), h.text(), body));
            }
        }
        return new SearchDocument(page.url(), page.title(), scope, intro, sections);
    }

    /**
     * The key of {@link #of(Page, String)}'s document, made from what it is made from (URL, title, scope, the
     * outline's text, headings and their positions) without splitting the text into sections.
     */
    public static DocumentKey keyOf(Page page, String scope) {
        PageOutline outline = page.outline();
        List<String> parts = new ArrayList<>(4 + 3 * outline.headings().size());
        parts.add("page");
        parts.add(page.url());
        parts.add(page.title());
        parts.add(scope == null ? "" : scope);
        parts.add(outline.text());
        for (Heading h : outline.headings()) {
            parts.add(h.level() + " " + h.id());
            parts.add(h.text());
        }
        parts.add(outline.headingSpans().toString());
        return new DocumentKey(SearchTermsCache.digest(parts), scope == null ? "" : scope);
    }

    /** A page without headings of its own (a generated category index): its title and its text. */
    public static SearchDocument of(String url, String title, String scope, String text) {
        return new SearchDocument(url, title, scope, text, List.of());
    }

    /** The text with each run of white space as one space, and none at either end, as a snippet shows it. */
    static String spaced(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
