package dev.docsite.frontmatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page's frontmatter block is: the YAML between the opening {@code ---} and the closing {@code ---} (or
 * {@code ...}). Only the frontmatter's lines are split off; the rest of the page is left as it is.
 *
 * @param yaml      the lines between the fences, joined with {@code \n}
 * @param closingLine 1-based line of the closing fence in the file, or 0 when the block is never closed
 */
record FrontMatterBlock(String yaml, int closingLine) {

    /** The block at the start of {@code text} (a byte order mark already removed), or {@code null} when it has none. */
    static FrontMatterBlock find(String text) {
        int firstEnd = lineEnd(text, 0);
        if (text.isEmpty() || !text.substring(0, firstEnd).strip().equals("---")) {
            return null;
        }
        List<String> yamlLines = new ArrayList<>();
        for (int start = nextLine(text, firstEnd), line = 2; start < text.length(); line++) {
            int end = lineEnd(text, start);
            String l = text.substring(start, end);
            String stripped = l.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                return new FrontMatterBlock(String.join("\n", yamlLines), line);
            }
            yamlLines.add(l);
            start = nextLine(text, end);
        }
        return new FrontMatterBlock(String.join("\n", yamlLines), 0);
    }

    boolean closed() {
        return closingLine > 0;
    }

    /** {@code text} with the block's lines replaced by empty lines, so that the body keeps the file's line numbers. */
    String body(String text) {
        int count = closingLine;
        int pos = 0;
        for (int i = 0; i < count; i++) {
            pos = nextLine(text, lineEnd(text, pos));
        }
        return "\n".repeat(count) + text.substring(Math.min(pos, text.length()));
    }

    /** Where the line starting at {@code start} ends: at \\n, \\r or \\r\\n (as {@link String#lines()}), or the end. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The start of the line after the one ending at {@code end}. */
    private static int nextLine(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        boolean crlf = text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n';
        return end + (crlf ? 2 : 1);
    }
}
