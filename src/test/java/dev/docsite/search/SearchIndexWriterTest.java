package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The index's files: every byte for a tiny corpus (golden, {@code golden/search/tiny/}), and for a larger one that
 * terms are cut into fragments by sorted range, each term in the one fragment the manifest's first terms point to.
 */
class SearchIndexWriterTest {

    private static final Path GOLDEN = Golden.ROOT.resolve("search");

    static List<SearchDocument> tinyCorpus() {
        return List.of(
                new SearchDocument("guides/sla/", "SLA policy", "", "Deadlines for fixing findings.", List.of(
                        new SearchDocument.Section("breaches", "Breaches", "An SLA breach is escalated."),
                        new SearchDocument.Section("exceptions", "Exceptions", "Risk acceptance pauses the SLA."))),
                new SearchDocument("integrations/chat/", "Chat", "2.0", "Send alerts to Slack.", List.of(
                        new SearchDocument.Section("slack", "Slack", "Connect a \"channel\" <here>."))),
                SearchDocuments.of("guides/", "Guides", "", "SLA policy Chat"));
    }

    private static SortedMap<String, byte[]> files(SearchIndexWriter writer, int documents) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(SearchIndexWriter.MANIFEST, writer.manifest());
        for (int n = 0; n < SearchIndexWriter.fragmentCount(documents); n++) {
            files.put(SearchIndexWriter.fragmentPath(n), writer.fragment(n));
        }
        for (int n = 0; n < SearchIndexWriter.chunkCount(documents); n++) {
            files.put(SearchIndexWriter.chunkPath(n), writer.chunk(n));
        }
        return files;
    }

    @Test
    void tinyCorpusFilesAsGolden() {
        Golden.assertTree(GOLDEN.resolve("tiny"), files(new SearchIndexWriter(tinyCorpus()), 3));
    }

    @Test
    void fileCountsDependOnlyOnTheNumberOfDocuments() {
        assertEquals(List.of(1, 1, 1, 2, 313), List.of(0, 1, 32, 33, 10_000).stream()
                .map(SearchIndexWriter::fragmentCount).toList());
        assertEquals(List.of(0, 1, 1, 2, 2500), List.of(0, 1, 4, 5, 10_000).stream()
                .map(SearchIndexWriter::chunkCount).toList());
    }

    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\":\"[^\"]*\"");
    private static final Pattern FIRST = Pattern.compile("\\[\"([^\"]*)\",(\\d+)]");

    /** 100 documents of distinct words: 4 fragments, cut in sorted order, none empty, each found by its range. */
    @Test
    void termsAreShardedBySortedRange() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            documents.add(SearchDocuments.of("p" + d + "/", "Page " + d, "", "word" + Integer.toString(d, 36)
                    + "x common"));
        }
        SearchIndexWriter writer = new SearchIndexWriter(documents);
        String manifest = new String(writer.manifest(), StandardCharsets.UTF_8);
        Matcher first = FIRST.matcher(manifest);
        List<String> firstTerms = new ArrayList<>();
        while (first.find()) {
            assertEquals(firstTerms.size(), Integer.parseInt(first.group(2)), manifest);
            firstTerms.add(first.group(1));
        }
        assertEquals(4, firstTerms.size(), manifest);
        List<String> all = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            Matcher term = TERM.matcher(new String(writer.fragment(n), StandardCharsets.UTF_8));
            List<String> inFragment = new ArrayList<>();
            while (term.find()) {
                inFragment.add(term.group(1));
            }
            assertEquals(firstTerms.get(n), inFragment.get(0));
            all.addAll(inFragment);
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all);
        assertEquals("||0" + ",1".repeat(99), termEntry(writer, firstTerms, "common"));
    }

    /**
     * 2,500 documents, more than one window of the indexer ({@link InvertedIndex#WINDOW}): a term's postings run across
     * the windows (documents 3, 1500 and 2499: differences 3, 1497, 999 in base 36), and documents made on demand are
     * asked once to index and again for their chunk, giving the same files as a list of documents.
     */
    @Test
    void documentsMadeOnDemandAcrossIndexingWindows() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int d = 0; d < 2500; d++) {
            documents.add(SearchDocuments.of("p" + d + "/", "Page " + d, d % 2 == 0 ? "" : "2.0",
                    d == 3 || d == 1500 || d == 2499 ? "kiwi words" : "common words"));
        }
        List<Integer> asked = java.util.Collections.synchronizedList(new ArrayList<>()); // indexed in parallel
        SearchIndexWriter onDemand = new SearchIndexWriter(documents.size(), d -> {
            asked.add(d);
            return documents.get(d);
        });
        assertEquals(2500, asked.size());
        SortedMap<String, byte[]> fromList = files(new SearchIndexWriter(documents), 2500);
        SortedMap<String, byte[]> madeOnDemand = files(onDemand, 2500);
        assertEquals(2 * 2500, asked.size()); // asked again for each chunk
        assertEquals(fromList.keySet(), madeOnDemand.keySet());
        fromList.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(madeOnDemand.get(path), StandardCharsets.UTF_8), path));
        List<String> entries = new ArrayList<>();
        for (int n = 0; n < SearchIndexWriter.fragmentCount(2500); n++) {
            Matcher m = Pattern.compile("\"kiwi\":\"([^\"]*)\"")
                    .matcher(new String(onDemand.fragment(n), StandardCharsets.UTF_8));
            while (m.find()) {
                entries.add(m.group(1));
            }
        }
        assertEquals(List.of("||3,15l,rr"), entries);
        assertEquals("docsiteSearchData(\"c375\",[[\"p1500/\",\"Page 1500\",\"kiwi words\",[]],"
                + "[\"p1501/\",\"Page 1501\",\"common words\",[]],[\"p1502/\",\"Page 1502\",\"common words\",[]],"
                + "[\"p1503/\",\"Page 1503\",\"common words\",[]]]);\n",
                new String(onDemand.chunk(375), StandardCharsets.UTF_8));
    }

    /** The postings of a term, read from the fragment the manifest's first terms lead to. */
    private static String termEntry(SearchIndexWriter writer, List<String> firstTerms, String term) {
        int slot = 0;
        for (int n = 0; n < firstTerms.size(); n++) {
            if (firstTerms.get(n).compareTo(term) <= 0) {
                slot = n;
            }
        }
        Matcher m = Pattern.compile("\"" + term + "\":\"([^\"]*)\"")
                .matcher(new String(writer.fragment(slot), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }
}
