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

    /** A page, split into sections at its headings (its outline's text and where each heading starts in it). */
    public static SearchDocument of(Page page, String scope) {
        PageOutline outline = page.outline();
        String text = outline.text();
        List<Heading> headings = outline.headings();
        List<Integer> starts = outline.sectionStarts();
        if (starts.size() != headings.size()) {
            // An outline made without positions (tests, tools): the headings are still indexed.
            List<SearchDocument.Section> sections = new ArrayList<>();
            for (Heading h : headings) {
                sections.add(new SearchDocument.Section(h.id(), h.text(), ""));
            }
            return new SearchDocument(page.url(), page.title(), scope, text, sections);
        }
        List<SearchDocument.Section> sections = new ArrayList<>(headings.size());
        String intro = text.substring(0, headings.isEmpty() ? text.length() : starts.get(0)).strip();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? Math.max(start, starts.get(i + 1)) : text.length();
            String body = text.substring(start, end);
            // The heading's own words open its section in the outline's text; they are indexed as the heading.
            if (body.startsWith(h.text())) {
                body = body.substring(h.text().length());
            }
            if (i == 0 && h.level() == 1 && h.text().equals(page.title())) {
                // The title heading: a match in it is a match of the page, which results link to without an anchor.
                intro = (intro + " " + body.strip()).strip();
            } else {
                sections.add(new SearchDocument.Section(h.id(), h.text(), body.strip()));
            }
        }
        return new SearchDocument(page.url(), page.title(), scope, intro, sections);
    }

    /** A page without headings of its own (a generated category index): its title and its text. */
    public static SearchDocument of(String url, String title, String scope, String text) {
        return new SearchDocument(url, title, scope, text, List.of());
    }
}
