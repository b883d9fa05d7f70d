package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An incremental build's search index: the terms of documents whose digest is unchanged come from the previous
 * build's cache, only changed documents are tokenized, and the files are byte for byte those of an index made
 * without a cache; a chunk says what it is made from, so that an unchanged chunk can be linked.
 */
class SearchTermsCacheTest {

    private static List<SearchDocument> corpus(int size) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            docs.add(new SearchDocument("guides/g" + i + "/", "Guide " + i + " escalation", i % 3 == 0 ? "2.0" : "",
                    "Intro of guide " + i + " about word" + (i * 7 % 13) + " deadlines.", List.of(
                            new SearchDocument.Section("step-" + i, "Step " + i + " remediation",
                                    "Text of step " + i + " with term" + (i % 17) + " and finding" + i + "."))));
        }
        return docs;
    }

    private static SearchTermsCache roundTrip(SearchTermsCache cache) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cache.write(new DataOutputStream(bytes));
        return SearchTermsCache.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<String> files(SearchIndexWriter writer, int documents) {
        List<String> files = new ArrayList<>();
        files.add(new String(writer.manifest(), java.nio.charset.StandardCharsets.UTF_8));
        for (int n = 0; n < SearchIndexWriter.fragmentCount(documents); n++) {
            files.add(new String(writer.fragment(n), java.nio.charset.StandardCharsets.UTF_8));
        }
        for (int n = 0; n < SearchIndexWriter.chunkCount(documents); n++) {
            files.add(new String(writer.chunk(n), java.nio.charset.StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void anIndexWithThePreviousBuildsTermsIsByteForByteAnIndexMadeWithoutThem() throws IOException {
        List<SearchDocument> before = corpus(90);
        SearchTermsCache first = SearchTermsCache.empty();
        new SearchIndexWriter(before.size(), before::get, first);

        List<SearchDocument> after = new ArrayList<>(before);
        after.set(40, new SearchDocument("guides/g40/", "Guide 40 escalation", "", "A new zebra sentence.",
                List.of(new SearchDocument.Section("step-40", "Step 40 renamed", "Quokka text."))));
        after.remove(7);
        after.add(new SearchDocument("guides/new/", "Newcomer", "", "Aardvark.", List.of()));
        SearchIndexWriter cached = new SearchIndexWriter(after.size(), after::get, roundTrip(first));

        assertEquals(files(new SearchIndexWriter(after.size(), after::get), after.size()), files(cached, after.size()));
    }

    @Test
    void onlyDocumentsWhoseDigestIsNotInTheCacheAreTokenized() throws IOException {
        List<SearchDocument> docs = corpus(5);
        SearchTermsCache first = SearchTermsCache.empty();
        new SearchIndexWriter(docs.size(), docs::get, first);
        SearchTermsCache next = roundTrip(first);

        List<String> tokenized = new CopyOnWriteArrayList<>();
        SearchDocument edited = new SearchDocument("guides/g2/", "Guide 2 escalation", "", "Changed.", List.of());
        for (SearchDocument d : List.of(docs.get(0), edited, docs.get(4))) {
            DocumentTerms terms = next.terms(SearchTermsCache.digest(d), () -> d, doc -> {
                tokenized.add(doc.url());
                return InvertedIndex.termsOf(doc);
            });
            DocumentTerms fresh = InvertedIndex.termsOf(d);
            assertEquals(Arrays.asList(fresh.terms()), Arrays.asList(terms.terms()), d.url());
            assertArrayEquals(fresh.fields(), terms.fields(), d.url());
        }
        assertEquals(List.of("guides/g2/"), tokenized);
    }

    @Test
    void aChunksInputsChangeWithItsDocumentsOnly() {
        List<SearchDocument> before = corpus(12);
        List<SearchDocument> after = new ArrayList<>(before);
        after.set(5, new SearchDocument("guides/g5/", "Guide 5 escalation", "", "Changed.", List.of()));
        SearchIndexWriter a = new SearchIndexWriter(before.size(), before::get, SearchTermsCache.empty());
        SearchIndexWriter b = new SearchIndexWriter(after.size(), after::get, SearchTermsCache.empty());

        assertEquals(a.chunkInputs(0), b.chunkInputs(0));
        assertNotEquals(a.chunkInputs(1), b.chunkInputs(1)); // documents 4-7 hold the edited one
        assertEquals(a.chunkInputs(2), b.chunkInputs(2));
        assertNotEquals(a.chunkInputs(0), a.chunkInputs(2));
        assertEquals(64, a.chunkInputs(0).length());
        assertNull(new SearchIndexWriter(before.size(), before::get).chunkInputs(0), "no cache: nothing to compare");
    }

    @Test
    void aDamagedCacheSectionThrowsInsteadOfGivingWrongTerms() throws IOException {
        List<SearchDocument> docs = corpus(3);
        SearchTermsCache first = SearchTermsCache.empty();
        new SearchIndexWriter(docs.size(), docs::get, first);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.write(new DataOutputStream(bytes));
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThrows(java.io.EOFException.class,
                () -> SearchTermsCache.read(new DataInputStream(new ByteArrayInputStream(cut))));
    }
}
