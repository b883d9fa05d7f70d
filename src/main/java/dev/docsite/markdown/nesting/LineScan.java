package dev.docsite.markdown.nesting;

/**
 * {@link NestingGuard}'s pass over a page, one line at a time: fenced code blocks, the block quotes and list items
 * opening each line, and the MDX component tags and admonitions open so far.
 */
final class LineScan {

    private char fenceChar;
    private int fenceLength;
    private int openComponents;
    /** The content columns of the list items open so far, innermost last (at most one more than the limit). */
    private final java.util.ArrayDeque<Integer> listColumns = new java.util.ArrayDeque<>();
    /** This line's list markers (column of the marker, column of the content), applied once it is not code. */
    private final int[] markers = new int[2 * (NestingGuard.MAX_DEPTH + 2)];

    /** Scans {@code source[start, end)}; returns what nests too deeply from this line on, or {@code null}. */
    String line(String source, int start, int end) {
        int p = start;
        int quotes = 0;
        int column = 0;
        int markerCount = 0;
        while (p < end) {
            char c = source.charAt(p);
            if (c == ' ' || c == '\t') {
                column += c == '\t' ? 4 - column % 4 : 1;
                p++;
            } else if (c == '>') {
                quotes++;
                column++;
                p++;
            } else {
                // "* * *" is a thematic break, not three list items. Only a line starting with one of its characters
                // can be one: other lines (most lines, all of a code block's) are not copied to find out. Past the
                // markers that already nest too deeply the answer changes nothing, and asking it for each of
                // 20,000 markers on one line would scan the line 20,000 times.
                boolean breakMark = markerCount < markers.length / 2 && (c == '*' || c == '-' || c == '_');
                int after = breakMark && LinearThematicBreak.isThematicBreak(source.subSequence(p, end)) ? -1
                        : listMarkerEnd(source, p, end);
                if (after < 0) {
                    break;
                }
                if (markerCount < markers.length / 2) {
                    markers[2 * markerCount] = column;
                    markers[2 * markerCount + 1] = column + (after - p) + contentGap(source, after, end);
                }
                markerCount++;
                column += after - p;
                p = after;
            }
        }
        if (fenceChar != 0) {
            if (runLength(source, p, end, fenceChar) >= fenceLength && source.substring(p, end).strip()
                    .chars().allMatch(ch -> ch == fenceChar)) {
                fenceChar = 0;
            }
            return null;
        }
        int fence = Math.max(runLength(source, p, end, '`'), runLength(source, p, end, '~'));
        if (fence >= 3) {
            fenceChar = source.charAt(p);
            fenceLength = fence;
            return null;
        }
        for (int m = 0; m < Math.min(markerCount, markers.length / 2); m++) {
            openListItem(markers[2 * m], markers[2 * m + 1]);
        }
        if (quotes + (markerCount > 0 ? listColumns.size() : 0) > NestingGuard.MAX_DEPTH) {
            return "block quotes and lists";
        }
        int colons = runLength(source, p, end, ':');
        if (colons >= 3) {
            boolean closing = source.substring(p + colons, end).isBlank();
            openComponents = closing ? Math.max(0, openComponents - 1) : openComponents + 1;
        }
        return components(source, p, end) || openComponents > NestingGuard.MAX_DEPTH
                ? "MDX components and admonitions" : null;
    }

    /**
     * A list item whose marker is at {@code markerColumn} is nested in the open items whose content starts at or
     * before that column and closes the others, as in CommonMark; so the depth follows the indentation whatever its
     * width (2 spaces under {@code - }, 3 under {@code 1. }, 4, tabs). Lines without a marker close nothing here: a
     * lazy continuation line keeps the items open, and counting one level too many is the safe side.
     */
    private void openListItem(int markerColumn, int contentColumn) {
        while (!listColumns.isEmpty() && listColumns.peekLast() > markerColumn) {
            listColumns.removeLast();
        }
        if (listColumns.size() <= NestingGuard.MAX_DEPTH) {
            listColumns.addLast(contentColumn);
        }
    }

    /** The columns between a list marker and its item's content: 1 to 4 spaces, or 1 when there are more or none. */
    private static int contentGap(String source, int after, int end) {
        int spaces = 0;
        while (after + spaces < end && source.charAt(after + spaces) == ' ' && spaces < 5) {
            spaces++;
        }
        return spaces >= 1 && spaces <= 4 ? spaces : 1;
    }

    /** Counts the component tags opened and closed on the line; whether more than the limit are open. */
    private boolean components(String source, int p, int end) {
        for (int i = p; i < end; i++) {
            char c = source.charAt(i);
            if (c == '`') {
                int run = runLength(source, i, end, '`');
                int close = source.indexOf("`".repeat(run), i + run);
                i = close < 0 || close >= end ? i + run - 1 : close + run - 1;
            } else if (c == '<' && i + 1 < end) {
                char next = source.charAt(i + 1);
                if (next == '/' && i + 2 < end && Character.isUpperCase(source.charAt(i + 2))) {
                    openComponents = Math.max(0, openComponents - 1);
                } else if (Character.isUpperCase(next)) {
                    if (!TagEnd.selfClosing(source, i + 2) && ++openComponents > NestingGuard.MAX_DEPTH) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The index after a list marker and its space ({@code - }, {@code * }, {@code + }, {@code 1. }, {@code 1) }). */
    private static int listMarkerEnd(String source, int p, int end) {
        char c = source.charAt(p);
        int q = p;
        if (c == '-' || c == '*' || c == '+') {
            q++;
        } else {
            while (q < end && q - p < 9 && Character.isDigit(source.charAt(q))) {
                q++;
            }
            if (q == p || q >= end || source.charAt(q) != '.' && source.charAt(q) != ')') {
                return -1;
            }
            q++;
        }
        if (q < end && source.charAt(q) != ' ' && source.charAt(q) != '\t') {
            return -1;
        }
        return q;
    }

    private static int runLength(String source, int p, int end, char c) {
        int q = p;
        while (q < end && source.charAt(q) == c) {
            q++;
        }
        return q - p;
    }
}
