package dev.docsite.markdown.nesting;

/**
 * {@link NestingGuard}'s pass over a page, one line at a time: fenced code blocks, the block quotes and list items
 * opening each line, and the MDX component tags and admonitions open so far.
 */
final class LineScan {

    private char fenceChar;
    private int fenceLength;
    private int openComponents;

    /** Scans {@code source[start, end)}; returns what nests too deeply from this line on, or {@code null}. */
    String line(String source, int start, int end) {
        int p = start;
        int containers = 0;
        int indent = 0;
        boolean sawMarker = false;
        while (p < end) {
            char c = source.charAt(p);
            if (c == ' ' || c == '\t') {
                if (!sawMarker && containers == 0) {
                    indent += c == '\t' ? 4 - indent % 4 : 1;
                }
                p++;
            } else if (c == '>') {
                containers++;
                p++;
            } else {
                // "* * *" is a thematic break, not three list items.
                int after = LinearThematicBreak.isThematicBreak(source.subSequence(p, end)) ? -1
                        : listMarkerEnd(source, p, end);
                if (after < 0) {
                    break;
                }
                containers++;
                sawMarker = true;
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
        if (containers + (sawMarker ? indent / 2 : 0) > NestingGuard.MAX_DEPTH) {
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
                    int close = source.indexOf('>', i);
                    if (close < 0 || close >= end || source.charAt(close - 1) != '/') {
                        openComponents++;
                        if (openComponents > NestingGuard.MAX_DEPTH) {
                            return true;
                        }
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
