package dev.docsite.search;

import dev.docsite.parallel.ParallelMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a list of documents, sorted, each with the documents holding it by field: the title, a heading, or
 * the body text. A document is listed once per term, under the highest field the term appears in, since a reader
 * looking for a word wants first the pages about it.
 */
final class InvertedIndex {

    static final int TITLE = 0;
    static final int HEADING = 1;
    static final int BODY = 2;
    static final int FIELDS = 3;

    private static final ThreadLocal<SearchTerms> TERMS = ThreadLocal.withInitial(SearchTerms::new);

    private final List<String> terms;
    private final Map<String, int[][]> postings;

    private InvertedIndex(List<String> terms, Map<String, int[][]> postings) {
        this.terms = terms;
        this.postings = postings;
    }

    /** Indexes {@code documents}; document numbers are positions in the list. */
    static InvertedIndex of(List<SearchDocument> documents) {
        List<Map<String, Integer>> perDocument = ParallelMap.map(documents, InvertedIndex::fieldsOf);
        Map<String, Postings> byTerm = new HashMap<>();
        for (int doc = 0; doc < perDocument.size(); doc++) {
            for (Map.Entry<String, Integer> e : perDocument.get(doc).entrySet()) {
                byTerm.computeIfAbsent(e.getKey(), t -> new Postings()).add(e.getValue(), doc);
            }
        }
        List<String> sorted = new ArrayList<>(byTerm.keySet());
        sorted.sort(null); // UTF-16 order, as the script's string comparison
        Map<String, int[][]> postings = new HashMap<>(byTerm.size() * 2);
        byTerm.forEach((term, p) -> postings.put(term, p.toArrays()));
        return new InvertedIndex(List.copyOf(sorted), postings);
    }

    /** Every term of one document with the highest field it appears in. */
    private static Map<String, Integer> fieldsOf(SearchDocument document) {
        SearchTerms words = TERMS.get();
        Map<String, Integer> fields = new HashMap<>();
        words.forEach(document.intro(), t -> fields.putIfAbsent(t, BODY));
        for (SearchDocument.Section section : document.sections()) {
            words.forEach(section.text(), t -> fields.putIfAbsent(t, BODY));
            words.forEach(section.heading(), t -> fields.put(t, Math.min(HEADING, fields.getOrDefault(t, BODY))));
        }
        words.forEach(document.title(), t -> fields.put(t, TITLE));
        return fields;
    }

    /** All terms in UTF-16 order. */
    List<String> terms() {
        return terms;
    }

    /** The ascending document numbers holding {@code term}, one array per field. */
    int[][] postings(String term) {
        return postings.get(term);
    }

    private static final class Postings {
        private final int[][] docs = new int[FIELDS][];
        private final int[] sizes = new int[FIELDS];

        void add(int field, int doc) {
            if (docs[field] == null) {
                docs[field] = new int[4];
            } else if (sizes[field] == docs[field].length) {
                docs[field] = Arrays.copyOf(docs[field], sizes[field] * 2);
            }
            docs[field][sizes[field]++] = doc;
        }

        int[][] toArrays() {
            int[][] out = new int[FIELDS][];
            for (int f = 0; f < FIELDS; f++) {
                out[f] = docs[f] == null ? new int[0] : Arrays.copyOf(docs[f], sizes[f]);
            }
            return out;
        }
    }
}
