package dev.docsite.search;

import java.util.List;

/**
 * One page as the client-side search sees it.
 *
 * @param url      site-relative URL
 * @param title    page title
 * @param headings heading texts
 * @param text     body text, trimmed to a bounded length so the index stays small on large sites
 */
public record SearchEntry(String url, String title, List<String> headings, String text) {
}
