package dev.docsite.markdown.heading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docusaurus explicit heading id: {@code ## Title {#custom-id}}. Like Docusaurus, only a trailing
 * {@code {#id}} made of word characters and {@code -} counts, and such ids bypass the slugger.
 *
 * @param id          the explicit id
 * @param markerStart index in the heading text where the whitespace before {@code {#} starts
 */
public record ExplicitHeadingId(String id, int markerStart) {

    private static final Pattern TRAILING_ID = Pattern.compile("\\s*\\{#([\\w-]+)\\}\\s*$");

    /** The explicit id at the end of {@code headingText}, or {@code null}. */
    public static ExplicitHeadingId find(CharSequence headingText) {
        if (headingText.length() == 0 || headingText.charAt(lastNonSpace(headingText)) != '}') {
            return null;
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
