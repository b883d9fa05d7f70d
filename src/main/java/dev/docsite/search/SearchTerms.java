package dev.docsite.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How text becomes index terms: lower-cased runs of letters and digits (Unicode categories L and N), without
 * one-letter words, very long tokens and a few English function words, each reduced by the Porter stemmer. The search
 * script ({@code assets/search.js}, {@code terms()}) does exactly the same to a query; {@code SearchTermsParityTest}
 * holds the two together. Not thread-safe: one instance per thread (it remembers the stems it has computed).
 */
public final class SearchTerms {

    /** Longer runs are identifiers and hashes, not words anyone types. */
    static final int MAX_LENGTH = 40;

    /** Words too common to tell pages apart; the script skips them in queries too. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their",
            "then", "there", "these", "this", "to", "was", "were", "which", "will", "with");

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();
    private final TermCache ascii = new TermCache();
    private final char[] word = new char[MAX_LENGTH];

    /** Calls {@code sink} with the term of each word of {@code text}, in order (repeats included). */
    public void forEach(String text, Consumer<String> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 ? !asciiWordChar(c) : !wordChar(text.codePointAt(i))) {
                i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            boolean plain = true;
            while (i < n) {
                c = text.charAt(i);
                if (c < 128) {
                    if (!asciiWordChar(c)) {
                        break;
                    }
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!wordChar(cp)) {
                        break;
                    }
                    plain = false;
                    i += Character.charCount(cp);
                }
            }
            String term = plain ? asciiTerm(text, start, i) : term(text.substring(start, i));
            if (term != null) {
                sink.accept(term);
            }
        }
    }

    /** The term of an ASCII word, through the cache (most words of a site are seen many times). */
    private String asciiTerm(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            word[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        String term = ascii.get(word, length, this::term);
        return term == TermCache.NOT_INDEXED ? null : term;
    }

    /** The term of one word, or {@code null} when the word is not indexed. */
    String term(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 || lower.length() > MAX_LENGTH || STOP_WORDS.contains(lower)) {
            return null;
        }
        return stems.computeIfAbsent(lower, stemmer::stem);
    }

    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** Letters and numbers, as the script's {@code /[\p{L}\p{N}]/u}. */
    static boolean wordChar(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
