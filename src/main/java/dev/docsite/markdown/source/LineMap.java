package dev.docsite.markdown.source;

import java.util.Arrays;

/**
 * Maps character offsets of a text that was parsed to 1-based line/column positions in the page source file.
 * <p>
 * The page body itself maps one to one. Texts derived from it (the Markdown inside a JSX block, the content of an
 * {@code mdx-code-block}) are built from whole or trailing parts of source lines, so every derived line maps to one
 * source line with a constant column shift; that keeps positions exact without any global line table.
 * Immutable and thread-safe.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int[] sourceLines;
    private final int[] columnShifts;
    private final String file;

    private LineMap(int[] lineStarts, int[] sourceLines, int[] columnShifts, String file) {
        this.lineStarts = lineStarts;
        this.sourceLines = sourceLines;
        this.columnShifts = columnShifts;
        this.file = file;
    }

    /** Positions of {@code text} itself: offset 0 is line 1, column 1. */
    public static LineMap identity(CharSequence text) {
        return identity(text, null);
    }

    /**
     * Positions of {@code text} itself, a file other than the page (a partial the page includes).
     *
     * @param file the file as shown in problems, or {@code null} for the page itself
     */
    public static LineMap identity(CharSequence text, String file) {
        int[] starts = lineStartsOf(text);
        int[] lines = new int[starts.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 1;
        }
        return new LineMap(starts, lines, new int[starts.length], file);
    }

    static int[] lineStartsOf(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The file positions are in, as shown in problems, when it is not the page itself (a partial); else {@code null}. */
    public String file() {
        return file;
    }

    /** 1-based source line of the character at {@code offset} of the parsed text. */
    public int line(int offset) {
        return sourceLines[indexOf(offset)];
    }

    /** 1-based source column of the character at {@code offset} of the parsed text. */
    public int column(int offset) {
        int i = indexOf(offset);
        return offset - lineStarts[i] + 1 + columnShifts[i];
    }

    private int indexOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i : -i - 2;
    }

    /** Builds a derived text line by line, remembering where each line came from. */
    public static DerivedText.Builder derive() {
        return new DerivedText.Builder(null);
    }

    /** Builds a derived text of {@code file}'s lines ({@code null}: the page's). */
    public static DerivedText.Builder derive(String file) {
        return new DerivedText.Builder(file);
    }

    static LineMap of(int[] lineStarts, int[] sourceLines, int[] columnShifts, String file) {
        return new LineMap(lineStarts, sourceLines, columnShifts, file);
    }
}
