package dev.docsite.site;

import org.jsoup.Jsoup;

/**
 * A page's meta description: its frontmatter {@code description}, else the text of the body's first paragraph (as
 * Docusaurus does), so that search engines and link previews never show an empty summary.
 */
final class PageDescription {

    /** Long enough for any search result snippet; a longer paragraph ends with an ellipsis at a word boundary. */
    static final int MAX_LENGTH = 300;

    private PageDescription() {
    }

    /**
     * @param frontMatter the frontmatter {@code description}, or {@code null}
     * @param bodyHtml    the rendered body
     * @return the description as plain text (the template escapes it), or {@code null} when there is none
     */
    static String of(String frontMatter, String bodyHtml) {
        if (frontMatter != null && !frontMatter.isBlank()) {
            return frontMatter;
        }
        // The body's first paragraph at the top level or in a list; reading just that element keeps this cheap, and
        // most paragraphs are read without a parser at all (ParagraphText).
        int start = bodyHtml.indexOf("<p>");
        if (start < 0) {
            return null;
        }
        int end = bodyHtml.indexOf("</p>", start);
        if (end < 0) {
            return null;
        }
        String text = ParagraphText.of(bodyHtml.subSequence(start + 3, end));
        if (text == null) {
            text = Jsoup.parseBodyFragment(bodyHtml.substring(start, end + 4)).text();
        }
        text = text.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).stripTrailing() + "…";
    }
}
