package dev.docsite.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of the previous build's search documents, by each document's digest (SHA-256 of its URL, title, scope
 * and sections), so that an incremental build tokenizes and stems only the documents whose text changed, and the
 * digests of this build's documents, kept for the next one. The bytes of the index do not depend on where a
 * document's terms came from: a document with the same digest has the same terms.
 *
 * <p>Stored in the build cache as a vocabulary (every term once, sorted) and, per document, its digest and its terms
 * as numbers into the vocabulary, each with its field.
 */
public final class SearchTermsCache {

    private final Map<String, DocumentTerms> before;
    private final Map<String, DocumentTerms> next = new ConcurrentHashMap<>();

    private SearchTermsCache(Map<String, DocumentTerms> before) {
        this.before = before;
    }

    /** A cache without the previous build's terms: every document is tokenized, and its terms kept for the next. */
    public static SearchTermsCache empty() {
        return new SearchTermsCache(Map.of());
    }

    /** The digest of everything a document's terms and its chunk's bytes are made from. */
    static String digest(SearchDocument d) {
        MessageDigest sha = sha256();
        update(sha, "document");
        update(sha, d.url());
        update(sha, d.title());
        update(sha, d.scope());
        update(sha, d.intro());
        for (SearchDocument.Section s : d.sections()) {
            update(sha, s.anchor());
            update(sha, s.heading());
            update(sha, s.text());
        }
        return new String(sha.digest(), StandardCharsets.ISO_8859_1);
    }

    /** A digest of {@code texts}, each length-prefixed, as {@link #digest(SearchDocument)} makes one. */
    static String digest(List<String> texts) {
        MessageDigest sha = sha256();
        for (String text : texts) {
            update(sha, text);
        }
        return new String(sha.digest(), StandardCharsets.ISO_8859_1);
    }

    /** The terms of the document with {@code digest}: the previous build's, else {@code made}'s; kept for the next. */
    DocumentTerms terms(String digest, java.util.function.Supplier<SearchDocument> document,
                        java.util.function.Function<SearchDocument, DocumentTerms> made) {
        DocumentTerms terms = before.get(digest);
        if (terms == null) {
            terms = made.apply(document.get());
        }
        next.put(digest, terms);
        return terms;
    }

    /** Writes the terms of this build's documents (those {@link #terms} was asked for). */
    public void write(DataOutput out) throws IOException {
        // Hash maps, sorted once: millions of terms go through them, and a sorted map compares strings at each.
        Map<String, DocumentTerms> documents = new TreeMap<>(next);
        Map<String, Integer> vocabulary = new HashMap<>();
        for (DocumentTerms d : documents.values()) {
            for (String term : d.terms()) {
                vocabulary.putIfAbsent(term, 0);
            }
        }
        List<String> sorted = new ArrayList<>(vocabulary.keySet());
        sorted.sort(null);
        out.writeInt(sorted.size());
        for (int n = 0; n < sorted.size(); n++) {
            vocabulary.put(sorted.get(n), n);
            byte[] bytes = sorted.get(n).getBytes(StandardCharsets.UTF_8);
            writeCount(out, bytes.length);
            out.write(bytes);
        }
        out.writeInt(documents.size());
        for (Map.Entry<String, DocumentTerms> d : documents.entrySet()) {
            out.write(d.getKey().getBytes(StandardCharsets.ISO_8859_1));
            String[] terms = d.getValue().terms();
            writeCount(out, terms.length);
            for (int t = 0; t < terms.length; t++) {
                writeCount(out, vocabulary.get(terms[t]) * 4 + d.getValue().fields()[t]);
            }
        }
    }

    /** Reads what {@link #write} wrote; a damaged section throws (the caller then ignores the whole cache). */
    public static SearchTermsCache read(DataInput in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("negative vocabulary size");
        }
        List<String> vocabulary = new ArrayList<>(Math.min(size, 1 << 20));
        for (int i = 0; i < size; i++) {
            byte[] bytes = new byte[readCount(in)];
            in.readFully(bytes);
            vocabulary.add(new String(bytes, StandardCharsets.UTF_8));
        }
        int documents = in.readInt();
        if (documents < 0) {
            throw new IOException("negative document count");
        }
        Map<String, DocumentTerms> before = new HashMap<>(Math.min(documents, 1 << 20) * 2);
        byte[] key = new byte[32];
        for (int i = 0; i < documents; i++) {
            in.readFully(key);
            String[] terms = new String[readCount(in)];
            byte[] fields = new byte[terms.length];
            for (int t = 0; t < terms.length; t++) {
                int packed = readCount(in);
                terms[t] = vocabulary.get(packed >>> 2);
                fields[t] = (byte) (packed & 3);
                if (fields[t] >= InvertedIndex.FIELDS) {
                    throw new IOException("unknown field " + fields[t]);
                }
            }
            before.put(new String(key, StandardCharsets.ISO_8859_1), new DocumentTerms(terms, fields));
        }
        return new SearchTermsCache(before);
    }

    /** A non-negative number in 7-bit groups, lowest first: most term numbers take one or two bytes. */
    private static void writeCount(DataOutput out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readCount(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IOException("count out of range");
                }
                return value;
            }
        }
        throw new IOException("count too long");
    }

    /** The text's length first, so that no two lists of texts digest the same bytes. */
    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
            (byte) bytes.length});
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
