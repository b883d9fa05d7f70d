package dev.docsite.markdown.footnote;

import java.nio.charset.StandardCharsets;

/** The ids remark-rehype gives notes and calls: the prefix, {@code fn-}/{@code fnref-} and the label made URL-safe. */
final class FootnoteIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FootnoteIds() {
    }

    static String note(FootnoteNumbers.Note note) {
        return FootnoteNumbers.PREFIX + "fn-" + note.id();
    }

    /** The id of a note's {@code occurrence}th call: the first has none of the {@code -2}, {@code -3} suffixes. */
    static String call(FootnoteNumbers.Note note, int occurrence) {
        return FootnoteNumbers.PREFIX + "fnref-" + note.id() + (occurrence > 1 ? "-" + occurrence : "");
    }

    /**
     * micromark's {@code normalizeUri}: characters a URL may hold are kept, as are percent escapes already written;
     * every other character is percent-encoded as UTF-8.
     */
    static String safe(String label) {
        StringBuilder out = new StringBuilder(label.length());
        int i = 0;
        while (i < label.length()) {
            char c = label.charAt(i);
            if (c == '%' && i + 2 < label.length() && alphanumeric(label.charAt(i + 1))
                    && alphanumeric(label.charAt(i + 2))) {
                out.append(label, i, i + 3);
                i += 3;
                continue;
            }
            int cp = label.codePointAt(i);
            if (cp < 128 && kept((char) cp)) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The characters of micromark's {@code /[!#$&-;=?-Z_a-z~]/}. */
    private static boolean kept(char c) {
        return c == '!' || c == '#' || c == '$' || (c >= '&' && c <= ';') || c == '=' || (c >= '?' && c <= 'Z')
                || c == '_' || (c >= 'a' && c <= 'z') || c == '~';
    }

    private static boolean alphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
