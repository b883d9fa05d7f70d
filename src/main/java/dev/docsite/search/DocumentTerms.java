package dev.docsite.search;

/**
 * A search document's distinct terms, each with the highest field it appears in ({@link InvertedIndex#TITLE},
 * {@link InvertedIndex#HEADING} or {@link InvertedIndex#BODY}), in the order they were first met.
 */
record DocumentTerms(String[] terms, byte[] fields) {
}
