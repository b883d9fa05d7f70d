package dev.docsite.search;

import dev.docsite.problem.IoReason;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The search index as small files, so that a query loads only what it needs (as Pagefind does): a manifest, the
 * terms in {@link #fragmentCount} fragments of about equal size by sorted term ranges, and the documents' text in
 * chunks of {@link #CHUNK_SIZE}, loaded only for the results shown. Every file is a script calling
 * {@code docsiteSearchData(key, data)}, so that it loads from disk too, where {@code fetch()} fails, and under any
 * path prefix. The format is read by {@code assets/search.js}:
 *
 * <pre>
 * search/manifest.js   docsiteSearchData("manifest", {"version":1, "documents":N, "chunkSize":4,
 *                        "fragments":[[firstTerm, n], …],  (non-empty fragments in term order)
 *                        "scopes":["", "2.0", …], "scopeRuns":[scope, count, …]})  (documents' scopes, run-length)
 * search/f/N.js        docsiteSearchData("fN", {term: "title|heading|body", …})
 *                        each part: ascending document numbers, base 36, each the difference to the one before
 * search/c/N.js        docsiteSearchData("cN", [[url, title, intro, [[anchor, heading, text], …]], …])
 * </pre>
 *
 * The number of files depends only on the number of documents, so the site's file list is known before the index is
 * built.
 */
public final class SearchIndexWriter {

    /** Documents per chunk file: a results list shows 8, so at most 8 small chunks load per query. */
    public static final int CHUNK_SIZE = 4;
    /** Documents per term fragment, on average: about 16 KB of postings per fragment. */
    static final int DOCUMENTS_PER_FRAGMENT = 32;
    public static final String MANIFEST = "search/manifest.js";

    private static final JsonFactory JSON = new JsonFactory();

    private final int count;
    private final IntFunction<SearchDocument> documents;
    private final String[] scopes;
    /** Each document's {@link SearchTermsCache#digest}, when indexed with a cache. */
    private final String[] digests;
    private final List<String> fragments;
    private final List<String> firstTerms = new ArrayList<>();

    /** Indexes {@code documents}; the index is complete when this returns. */
    public SearchIndexWriter(List<SearchDocument> documents) {
        this(documents.size(), List.copyOf(documents)::get);
    }

    /**
     * Indexes {@code count} documents made by {@code documents} (from 0), which is asked again for each chunk's
     * documents when the chunk is written: so the documents, which hold all of a site's text, are never all in memory
     * at once (100,000 pages' text is about 300 MB). The index is complete when this returns.
     */
    public SearchIndexWriter(int count, IntFunction<SearchDocument> documents) {
        this(count, documents, null);
    }

    /**
     * As {@link #SearchIndexWriter(int, IntFunction)}, taking from {@code cache} (when not null) the terms of every
     * document whose digest is the one of a document of the previous build, and noting each document's digest for
     * {@link #chunkInputs}. The bytes written are the same with or without a cache.
     */
    public SearchIndexWriter(int count, IntFunction<SearchDocument> documents, SearchTermsCache cache) {
        this(count, documents, cache, d -> null);
    }

    /**
     * As {@link #SearchIndexWriter(int, IntFunction, SearchTermsCache)}, with {@code keys} telling the digest and
     * scope of a document without making it ({@link SearchDocuments#keyOf}; {@code null} for a document digested
     * once made): a document whose terms are in the cache is then not made until its chunk is written.
     */
    public SearchIndexWriter(int count, IntFunction<SearchDocument> documents, SearchTermsCache cache,
                             IntFunction<DocumentKey> keys) {
        this.count = count;
        this.documents = documents;
        this.scopes = new String[count];
        this.digests = cache == null ? null : new String[count];
        this.fragments = encodeFragments(InvertedIndex.ofTerms(count, d -> {
            DocumentKey key = cache == null ? null : keys.apply(d);
            SearchDocument doc = key == null ? documents.apply(d) : null;
            scopes[d] = key != null ? key.scope() : doc.scope();
            if (cache == null) {
                return InvertedIndex.termsOf(doc);
            }
            digests[d] = key != null ? key.digest() : SearchTermsCache.digest(doc);
            return cache.terms(digests[d], () -> doc != null ? doc : documents.apply(d), InvertedIndex::termsOf);
        }), fragmentCount(count));
    }

    /**
     * The digest of what chunk {@code n}'s bytes are made from (its documents' digests), as hex; {@code null} when
     * the index was made without a cache.
     */
    public String chunkInputs(int n) {
        if (digests == null) {
            return null;
        }
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha.update(("search chunk " + CHUNK_SIZE + " " + n).getBytes(StandardCharsets.UTF_8));
        for (int d = n * CHUNK_SIZE; d < Math.min(count, (n + 1) * CHUNK_SIZE); d++) {
            sha.update(digests[d].getBytes(StandardCharsets.ISO_8859_1));
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    public static int fragmentCount(int documents) {
        return Math.max(1, (documents + DOCUMENTS_PER_FRAGMENT - 1) / DOCUMENTS_PER_FRAGMENT);
    }

    public static int chunkCount(int documents) {
        return (documents + CHUNK_SIZE - 1) / CHUNK_SIZE;
    }

    public static String fragmentPath(int n) {
        return "search/f/" + n + ".js";
    }

    public static String chunkPath(int n) {
        return "search/c/" + n + ".js";
    }

    public byte[] manifest() {
        return script("manifest", g -> {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeNumberField("documents", count);
            g.writeNumberField("chunkSize", CHUNK_SIZE);
            g.writeArrayFieldStart("fragments");
            for (int n = 0; n < fragments.size(); n++) {
                if (firstTerms.get(n) != null) {
                    g.writeStartArray();
                    g.writeString(firstTerms.get(n));
                    g.writeNumber(n);
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
            writeScopes(g);
            g.writeEndObject();
        });
    }

    public byte[] fragment(int n) {
        return fragments.get(n).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] chunk(int n) {
        return script("c" + n, g -> {
            g.writeStartArray();
            for (int d = n * CHUNK_SIZE; d < Math.min(count, (n + 1) * CHUNK_SIZE); d++) {
                SearchDocument doc = documents.apply(d);
                g.writeStartArray();
                g.writeString(doc.url());
                g.writeString(doc.title());
                g.writeString(doc.intro());
                g.writeStartArray();
                for (SearchDocument.Section s : doc.sections()) {
                    g.writeStartArray();
                    g.writeString(s.anchor());
                    g.writeString(s.heading());
                    g.writeString(s.text());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    private void writeScopes(JsonGenerator g) throws IOException {
        Map<String, Integer> scopes = new LinkedHashMap<>();
        scopes.put("", 0);
        String[] ofDocuments = this.scopes;
        List<int[]> runs = new ArrayList<>();
        for (String docScope : ofDocuments) {
            int scope = scopes.computeIfAbsent(docScope, s -> scopes.size());
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[0] == scope) {
                runs.get(runs.size() - 1)[1]++;
            } else {
                runs.add(new int[] {scope, 1});
            }
        }
        g.writeArrayFieldStart("scopes");
        for (String scope : scopes.keySet()) {
            g.writeString(scope);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("scopeRuns");
        for (int[] run : runs) {
            g.writeNumber(run[0]);
            g.writeNumber(run[1]);
        }
        g.writeEndArray();
    }

    /**
     * Cuts the sorted terms into {@code count} fragments of about equal size: a term goes to the fragment its
     * position in the whole (by bytes before it) falls in. A term larger than a fragment leaves the next ones empty.
     */
    private List<String> encodeFragments(InvertedIndex index, int count) {
        List<String> terms = index.terms();
        String[] encoded = new String[terms.size()];
        long total = 0;
        for (int i = 0; i < terms.size(); i++) {
            encoded[i] = PostingCodec.encode(index.postings(terms.get(i)));
            total += terms.get(i).length() + encoded[i].length() + 6;
        }
        List<StringBuilder> bodies = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            bodies.add(new StringBuilder());
            firstTerms.add(null);
        }
        long before = 0;
        for (int i = 0; i < terms.size(); i++) {
            int n = (int) Math.min(count - 1, before * count / Math.max(1, total));
            before += terms.get(i).length() + encoded[i].length() + 6;
            StringBuilder body = bodies.get(n);
            if (firstTerms.get(n) == null) {
                firstTerms.set(n, terms.get(i));
            } else {
                body.append(',');
            }
            body.append(JsonText.quote(terms.get(i))).append(':').append(JsonText.quote(encoded[i]));
        }
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            out.add("docsiteSearchData(\"f" + n + "\",{" + bodies.get(n) + "});\n");
        }
        return out;
    }

    private interface JsonWriting {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] script(String key, JsonWriting body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            out.write(("docsiteSearchData(\"" + key + "\",").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = JSON.createGenerator(out)) {
                body.write(g);
            }
            out.write(");\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("search index could not be written: " + IoReason.describe(null, e), e);
        }
        return out.toByteArray();
    }
}
