package dev.docsite.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import java.util.ArrayList;
import java.util.List;

/** Builds {@code search-index.json}, which the theme's search box loads and indexes with lunr. */
public final class SearchIndexWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexWriter() {
    }

    /** The page's search entry; its text comes from the Markdown outline, so no HTML is parsed again. */
    public static SearchEntry entry(Page page) {
        String text = page.outline().text();
        List<String> headings = new ArrayList<>();
        for (Heading h : page.outline().headings()) {
            headings.add(h.text());
        }
        return new SearchEntry(page.url(), page.title(), headings, text);
    }

    public static byte[] toJson(List<SearchEntry> entries) {
        try {
            return JSON.writeValueAsBytes(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index could not be serialised", e);
        }
    }
}
