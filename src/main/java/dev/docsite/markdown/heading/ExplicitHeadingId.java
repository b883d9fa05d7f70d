package dev.docsite.markdown.heading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docusaurus explicit heading id: {@code ## Title {#custom-id}}, or a comment ending the heading whose first word
 * starts with {@code #}: {@code ## Title {/* #custom-id *}{@code /}} (MDX) or {@code ## Title <!-- #custom-id -->}
 * (Markdown), as Docusaurus 3's heading plugin reads them. Like Docusaurus, only a trailing {@code {#id}} made of
 * word characters and {@code -} counts, a comment's id is its first word without the {@code #}, and such ids bypass
 * the slugger.
 *
 * @param id          the explicit id
 * @param markerStart index in the heading text where the whitespace before {@code {#} starts
 */
public record ExplicitHeadingId(String id, int markerStart) {

    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#([\\w-]+)\\}\\s*$");
    private static final Pattern TRAILING_COMMENT = Pattern.compile(
            "\\s*(?:\\{\\s*/\\*\\s*#([^\\s*]+)(?:\\s[^*]*)?\\*/\\s*\\}|<!--\\s*#(\\S+?)(?:\\s[\\s\\S]*?)?-->)\\s*$");

    /** The explicit id at the end of {@code headingText}, or {@code null}. */
    public static ExplicitHeadingId find(CharSequence headingText) {
        if (headingText.length() == 0) {
            return null;
        }
        char last = headingText.charAt(lastNonSpace(headingText));
        if (last != '}' && last != '>') {
            return null;
        }
        Matcher comment = TRAILING_COMMENT.matcher(headingText);
        if (comment.find()) {
            return new ExplicitHeadingId(comment.group(1) != null ? comment.group(1) : comment.group(2), comment.start());
        }
        Matcher m = TRAILING_ID.matcher(headingText);
        return m.find() ? new ExplicitHeadingId(m.group(1), m.start()) : null;
    }

    private static int lastNonSpace(CharSequence s) {
        int i = s.length() - 1;
        while (i > 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }
}
