package dev.docsite.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** Builds {@code search-index.json}, which the theme's search box loads and indexes with lunr. */
public final class SearchIndexWriter {

    /** Enough text for relevant results and snippets without shipping whole pages. */
    static final int MAX_TEXT = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexWriter() {
    }

    public static SearchEntry entry(Page page, String contentHtml) {
        String text = Jsoup.parseBodyFragment(contentHtml).text();
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_TEXT);
            text = text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
        }
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
