package dev.docsite.markdown.heading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchor ids exactly like <a href="https://github.com/Flet/github-slugger">github-slugger</a>, which
 * Docusaurus uses: lower-case the text, drop everything except letters, marks, numbers (other than "other numbers"
 * such as superscripts), connector punctuation, spaces and {@code -}, then turn each space into {@code -}.
 * Repeated slugs get {@code -1}, {@code -2}, ... appended, counting per original slug as github-slugger does.
 * <p>
 * One instance per page (it remembers the slugs already handed out); not thread-safe.
 */
public final class HeadingSlugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The de-duplicated slug for {@code text} on this page. */
    public String slug(String text) {
        String slug = slugify(text);
        String original = slug;
        while (occurrences.containsKey(slug)) {
            int next = occurrences.merge(original, 1, Integer::sum);
            slug = original + "-" + next;
        }
        occurrences.put(slug, 0);
        return slug;
    }

    /** The slug of {@code text} without de-duplication. */
    public static String slugify(String text) {
        // JavaScript's toLowerCase is locale-independent; the JVM default locale may be Turkish.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                sb.append('-');
            } else if (keeps(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean keeps(int cp) {
        if (cp == '-' || Character.isAlphabetic(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.OTHER_NUMBER, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL,
                    Character.PRIVATE_USE, Character.FORMAT, Character.UNASSIGNED, Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
