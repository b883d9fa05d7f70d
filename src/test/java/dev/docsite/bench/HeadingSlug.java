package dev.docsite.bench;

import java.util.Locale;

/**
 * The GitHub/Docusaurus anchor slug of a heading: lower case, every character other than a letter, digit, space,
 * {@code -} or {@code _} dropped, spaces turned into {@code -}. The generator only plans headings whose slugs are
 * unique within a page, so no de-duplication suffix is ever needed.
 */
public final class HeadingSlug {

    private HeadingSlug() {
    }

    public static String of(String headingText) {
        String lower = headingText.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                slug.appendCodePoint(cp);
            } else if (cp == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
