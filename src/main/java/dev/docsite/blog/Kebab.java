package dev.docsite.blog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lodash's {@code _.kebabCase} and {@code _.capitalize}, which Docusaurus uses for tag and author permalinks and tag
 * labels: accents removed ({@code deburr}), words split at non-alphanumerics, lower-to-upper case changes and
 * letter-digit changes ({@code "Docusaurus v2"} → {@code docusaurus-v-2}), lower-cased and joined with {@code -}.
 */
final class Kebab {

    /** lodash's word pattern, simplified to what tags and author keys hold. */
    private static final Pattern WORD = Pattern.compile(
            "\\p{Lu}?\\p{Ll}+(?=\\p{Lu}|\\P{L}|$)|\\p{Lu}+(?=\\p{Lu}\\p{Ll}|\\P{L}|$)|\\p{Lu}?\\p{Ll}+|\\p{Lu}+|\\p{N}+|\\p{L}+");
    private static final Pattern HAS_UNICODE_WORD =
            Pattern.compile("[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]");
    private static final Pattern ASCII_WORD = Pattern.compile("[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+");

    private Kebab() {
    }

    static String kebabCase(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("['\u2019]", "");
        List<String> words = new ArrayList<>();
        Matcher m = (HAS_UNICODE_WORD.matcher(plain).find() ? WORD : ASCII_WORD).matcher(plain);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return String.join("-", words);
    }

    static String capitalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
