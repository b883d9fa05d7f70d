package dev.docsite.search;

import dev.docsite.parallel.ParallelMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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
    /** Documents indexed together (in parallel) before their terms are merged into the postings. */
    static final int WINDOW = 1024;

    private final List<String> terms;
    private final Map<String, int[][]> postings;

    private InvertedIndex(List<String> terms, Map<String, int[][]> postings) {
        this.terms = terms;
        this.postings = postings;
    }

    /** Indexes {@code documents}; document numbers are positions in the list. */
    static InvertedIndex of(List<SearchDocument> documents) {
        return of(documents.size(), documents::get);
    }

    /**
     * Indexes the documents {@code 0 … count-1} made by {@code documents}, a window of {@link #WINDOW} at a time, so
     * that only one window's documents and their terms are held at once.
     */
    static InvertedIndex of(int count, IntFunction<SearchDocument> documents) {
        return ofTerms(count, d -> termsOf(documents.apply(d)));
    }

    /** A document's distinct terms, each with the highest field it appears in; on the calling thread's scratch. */
    static DocumentTerms termsOf(SearchDocument document) {
        return SCRATCH.get().termsOf(document);
    }

    /** As {@link #of(int, IntFunction)}, from each document's terms ({@code terms} is called on several threads). */
    static InvertedIndex ofTerms(int count, IntFunction<DocumentTerms> terms) {
        Map<String, Postings> byTerm = new HashMap<>();
        for (int from = 0; from < count; from += WINDOW) {
            List<Integer> window = IntStream.range(from, Math.min(count, from + WINDOW)).boxed().toList();
            List<DocumentTerms> perDocument = ParallelMap.map(window, terms::apply);
            for (int i = 0; i < perDocument.size(); i++) {
                DocumentTerms document = perDocument.get(i);
                String[] words = document.terms();
                for (int t = 0; t < words.length; t++) {
                    Postings p = byTerm.get(words[t]);
                    if (p == null) {
                        p = new Postings();
                        byTerm.put(words[t], p);
                    }
                    p.add(document.fields()[t], from + i);
                }
            }
        }
        List<String> sorted = new ArrayList<>(byTerm.keySet());
        sorted.sort(null); // UTF-16 order, as the script's string comparison
        Map<String, int[][]> postings = new HashMap<>(byTerm.size() * 2);
        byTerm.forEach((term, p) -> postings.put(term, p.toArrays()));
        return new InvertedIndex(List.copyOf(sorted), postings);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * One thread's working state: the terms of the document being read, kept in a map that lives as long as the
     * thread (a site's vocabulary is small, so after the first pages it only finds entries), marked with the
     * document's number instead of being cleared.
     */
    private static final class Scratch {
        private final SearchTerms words = new SearchTerms();
        private final Map<String, int[]> seen = new HashMap<>(4096);
        private String[] terms = new String[256];
        private byte[] fields = new byte[256];
        private int count;
        private int document;

        DocumentTerms termsOf(SearchDocument d) {
            document++;
            count = 0;
            words.forEach(d.intro(), t -> note(t, BODY));
            for (SearchDocument.Section section : d.sections()) {
                words.forEach(section.text(), t -> note(t, BODY));
                words.forEach(section.heading(), t -> note(t, HEADING));
            }
            words.forEach(d.title(), t -> note(t, TITLE));
            return new DocumentTerms(Arrays.copyOf(terms, count), Arrays.copyOf(fields, count));
        }

        /** Notes term in field; a term already noted keeps the higher of the two fields (the lower number). */
        private void note(String term, int field) {
            int[] entry = seen.get(term);
            if (entry == null) {
                entry = new int[] {0, 0};
                seen.put(term, entry);
            }
            if (entry[0] != document) {
                entry[0] = document;
                entry[1] = count;
                if (count == terms.length) {
                    terms = Arrays.copyOf(terms, count * 2);
                    fields = Arrays.copyOf(fields, count * 2);
                }
                terms[count] = term;
                fields[count++] = (byte) field;
            } else if (field < fields[entry[1]]) {
                fields[entry[1]] = (byte) field;
            }
        }
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
