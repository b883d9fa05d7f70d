package dev.docsite.markdown;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of offsets into a text, held as an {@code int[]}: a page's heading spans are kept from loading
 * to the search index, and as boxed {@code Integer}s they took five times the room. Equal to any list of the same
 * numbers.
 */
final class TextOffsets extends AbstractList<Integer> implements RandomAccess {

    private static final TextOffsets EMPTY = new TextOffsets(new int[0]);

    private final int[] offsets;

    private TextOffsets(int[] offsets) {
        this.offsets = offsets;
    }

    /** The numbers of {@code list} (none may be null). */
    static List<Integer> copyOf(List<Integer> list) {
        if (list instanceof TextOffsets same) {
            return same;
        }
        if (list.isEmpty()) {
            return EMPTY;
        }
        int[] offsets = new int[list.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = list.get(i);
        }
        return new TextOffsets(offsets);
    }

    @Override
    public Integer get(int index) {
        return offsets[index];
    }

    @Override
    public int size() {
        return offsets.length;
    }
}
