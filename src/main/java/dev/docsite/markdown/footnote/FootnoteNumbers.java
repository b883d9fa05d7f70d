package dev.docsite.markdown.footnote;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The footnotes of one page as mdast-util-to-hast numbers them: a note's number is the order of its first call in
 * the text, calls inside notes counting after the text's (the notes are written in that order, each one's calls
 * numbered as it is written); a call of a label without a note stays text, and a note nobody calls is left out of
 * the page. Notes and calls are matched by label, case-insensitively, as remark matches identifiers.
 */
public final class FootnoteNumbers {

    /** One call: the note's number and id, and which call of that note it is (1 for the first). */
    public record Call(Note note, int occurrence) {
    }

    /** A called note: its number, its id ({@code safeId}), the definition and how many calls it has. */
    public static final class Note {
        private final int number;
        private final String id;
        private final FootnoteBlock block;
        private int calls;

        Note(int number, String id, FootnoteBlock block) {
            this.number = number;
            this.id = id;
            this.block = block;
        }

        public int number() {
            return number;
        }

        /** The label as written into ids: lower case, then percent-encoded where a URL needs it. */
        public String id() {
            return id;
        }

        public FootnoteBlock block() {
            return block;
        }

        public int calls() {
            return calls;
        }
    }

    /** remark-rehype's default {@code clobberPrefix}, put before every id it writes from the user's text. */
    public static final String PREFIX = "user-content-";
    /** The id of the notes' heading, which every call names in {@code aria-describedby}. */
    public static final String LABEL_ID = "footnote-label";

    public static final FootnoteNumbers NONE = new FootnoteNumbers(Map.of(), List.of(), List.of());

    private final Map<Footnote, Call> calls;
    private final List<Note> notes;
    private final List<FootnoteBlock> uncalled;

    private FootnoteNumbers(Map<Footnote, Call> calls, List<Note> notes, List<FootnoteBlock> uncalled) {
        this.calls = calls;
        this.notes = notes;
        this.uncalled = uncalled;
    }

    /** Numbers the footnotes of the tree under {@code root}. */
    public static FootnoteNumbers of(Node root) {
        Map<String, FootnoteBlock> blocks = new LinkedHashMap<>();
        List<Footnote> textCalls = new ArrayList<>();
        collect(root, blocks, textCalls, true);
        if (blocks.isEmpty() && textCalls.isEmpty()) {
            return NONE;
        }
        Map<Footnote, Call> calls = new IdentityHashMap<>();
        Map<String, Note> notes = new LinkedHashMap<>();
        List<Note> written = new ArrayList<>();
        for (Footnote call : textCalls) {
            number(call, blocks, notes, written, calls);
        }
        // The notes are written in order, and a call inside one may add a note at the end of the list.
        for (int i = 0; i < written.size(); i++) {
            List<Footnote> inner = new ArrayList<>();
            collect(written.get(i).block, new LinkedHashMap<>(), inner, false);
            for (Footnote call : inner) {
                number(call, blocks, notes, written, calls);
            }
        }
        List<FootnoteBlock> uncalled = new ArrayList<>();
        for (Map.Entry<String, FootnoteBlock> block : blocks.entrySet()) {
            if (!notes.containsKey(block.getKey())) {
                uncalled.add(block.getValue());
            }
        }
        return new FootnoteNumbers(calls, written, uncalled);
    }

    private static void number(Footnote call, Map<String, FootnoteBlock> blocks, Map<String, Note> notes,
                               List<Note> written, Map<Footnote, Call> calls) {
        String label = key(call.getText().toString());
        FootnoteBlock block = blocks.get(label);
        if (block == null) {
            return;
        }
        Note note = notes.get(label);
        if (note == null) {
            note = new Note(written.size() + 1, FootnoteIds.safe(label), block);
            notes.put(label, note);
            written.add(note);
        }
        note.calls++;
        calls.put(call, new Call(note, note.calls));
    }

    private static void collect(Node node, Map<String, FootnoteBlock> blocks, List<Footnote> calls, boolean top) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock block) {
                // The first definition of a label wins, as in remark.
                blocks.putIfAbsent(key(block.getText().toString()), block);
                if (top) {
                    continue;
                }
            } else if (child instanceof Footnote call) {
                calls.add(call);
            }
            collect(child, blocks, calls, top);
        }
    }

    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The call {@code node} makes, or {@code null} when no note has its label (it stays text). */
    public Call call(Footnote node) {
        return calls.get(node);
    }

    /** The called notes in the order they are written. */
    public List<Note> notes() {
        return notes;
    }

    /** Notes nobody calls: Docusaurus leaves them out of the page. */
    public List<FootnoteBlock> uncalled() {
        return uncalled;
    }

    /** Every element id the footnotes give the page: the heading's, each note's and each call's. */
    public List<String> elementIds() {
        List<String> ids = new ArrayList<>();
        if (notes.isEmpty()) {
            return ids;
        }
        ids.add(LABEL_ID);
        for (Note note : notes) {
            ids.add(FootnoteIds.note(note));
            for (int i = 1; i <= note.calls; i++) {
                ids.add(FootnoteIds.call(note, i));
            }
        }
        return ids;
    }
}
