package dev.docsite.search;

import java.util.function.Function;

/**
 * The terms of the lower-case ASCII words seen so far, looked up by the word's characters so that the common case (a
 * word seen before) allocates nothing: a page's text is mostly words of a small vocabulary, and making a string per
 * word was most of the index's cost. Open addressing; {@link #NOT_INDEXED} stands for a word without a term.
 */
final class TermCache {

    static final String NOT_INDEXED = new String("");

    private String[] words = new String[1024];
    private String[] terms = new String[1024];
    private int size;

    /** The term of the word in {@code buf[0..length)}, made with {@code maker} (from the word) the first time. */
    String get(char[] buf, int length, Function<String, String> maker) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buf[i];
        }
        int mask = words.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (words[slot] != null) {
            if (same(words[slot], buf, length)) {
                return terms[slot];
            }
            slot = (slot + 1) & mask;
        }
        String word = new String(buf, 0, length);
        String term = maker.apply(word);
        term = term == null ? NOT_INDEXED : term;
        words[slot] = word;
        terms[slot] = term;
        if (++size * 2 > words.length) {
            grow();
        }
        return term;
    }

    private static boolean same(String word, char[] buf, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldWords = words;
        String[] oldTerms = terms;
        words = new String[oldWords.length * 2];
        terms = new String[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int hash = oldWords[i].hashCode(); // String.hashCode is the same 31-polynomial over the characters
                int slot = (hash ^ (hash >>> 16)) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                terms[slot] = oldTerms[i];
            }
        }
    }
}
