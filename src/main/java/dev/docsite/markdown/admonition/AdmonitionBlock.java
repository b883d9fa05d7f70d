package dev.docsite.markdown.admonition;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Docusaurus admonition {@code :::type[title]} ... {@code :::}. Its first child is an {@link AdmonitionTitle}
 * when a title was written; the other children are ordinary Markdown blocks.
 */
public final class AdmonitionBlock extends Block {

    /** Types Docusaurus knows; others render as a generic admonition with their own class. */
    public static final Set<String> KNOWN_TYPES = Set.of("note", "tip", "info", "caution", "warning", "danger",
            "important", "success", "secondary");

    private final String type;
    private final int fenceLength;
    private boolean closed;

    AdmonitionBlock(BasedSequence openingLine, String type, int fenceLength) {
        super(openingLine);
        this.type = type.toLowerCase(Locale.ROOT);
        this.fenceLength = fenceLength;
    }

    /** Lower-cased type as written, e.g. {@code tip}. */
    public String type() {
        return type;
    }

    public int fenceLength() {
        return fenceLength;
    }

    /** False when the file ended before the closing fence. */
    public boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /**
     * The known type {@code type} was probably meant to be (one character added, missing or changed, or a prefix such
     * as {@code warn}), or {@code null}.
     */
    public static String likelyMeant(String type) {
        for (String known : List.of("note", "tip", "info", "caution", "warning", "danger", "important", "success",
                "secondary")) {
            if (oneEditApart(type, known) || (type.length() >= 3 && known.startsWith(type))) {
                return known;
            }
        }
        return null;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int ja = a.length(), jb = b.length();
        while (ja > i && jb > i && a.charAt(ja - 1) == b.charAt(jb - 1)) {
            ja--;
            jb--;
        }
        return ja - i <= 1 && jb - i <= 1;
    }

    /** The written title, or {@code null} for the default one. */
    public AdmonitionTitle title() {
        return getFirstChild() instanceof AdmonitionTitle t ? t : null;
    }

    /** The title used when none is written: the type, capitalised. */
    public String defaultTitle() {
        return type.isEmpty() ? "Note" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
