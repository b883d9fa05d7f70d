package dev.docsite.markdown.mdx;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one HTML or JSX tag at a given position. Unlike CommonMark's HTML grammar it accepts JSX attribute values
 * ({@code style={{a: 'b'}}}, spreads, {@code =>} inside braces) and component names ({@code Foo.Bar}, {@code <>}).
 * Raw HTML in a page is a fragment (tags open in one block and close in another), so a DOM parser cannot be used
 * here; this scanner only tokenizes and keeps exact offsets.
 */
public final class JsxTagScanner {

    private JsxTagScanner() {
    }

    /** The tag starting at {@code start} (which must be {@code <}) and ending before {@code limit}, or {@code null}. */
    public static JsxTag scan(CharSequence s, int start, int limit) {
        int i = start;
        if (i >= limit || s.charAt(i) != '<') {
            return null;
        }
        i++;
        boolean closing = false;
        if (i < limit && s.charAt(i) == '/') {
            closing = true;
            i++;
        }
        int nameStart = i;
        if (i < limit && isAsciiLetter(s.charAt(i))) {
            i++;
            while (i < limit && isNameChar(s.charAt(i))) {
                i++;
            }
        } else if (!(i < limit && s.charAt(i) == '>')) {
            return null;
        }
        String name = s.subSequence(nameStart, i).toString();
        if (name.endsWith(":") || name.endsWith(".")) {
            return null; // a URL like <https://...> or a sentence, not a tag
        }
        List<JsxAttribute> attributes = new ArrayList<>();
        while (true) {
            int beforeSpace = i;
            i = skipSpace(s, i, limit);
            if (i >= limit) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '>') {
                return new JsxTag(name, closing, false, attributes, start, i + 1);
            }
            if (c == '/' && i + 1 < limit && s.charAt(i + 1) == '>') {
                return closing ? null : new JsxTag(name, false, true, attributes, start, i + 2);
            }
            if (closing || i == beforeSpace) {
                return null; // attributes must be separated by whitespace
            }
            int attrStart = i;
            if (c == '{') {
                int close = matchBrace(s, i, limit);
                if (close < 0) {
                    return null;
                }
                attributes.add(new JsxAttribute(null, JsxAttribute.Kind.SPREAD, s.subSequence(i + 1, close).toString(),
                        attrStart, close + 1));
                i = close + 1;
                continue;
            }
            if (!isAttributeNameStart(c)) {
                return null;
            }
            i++;
            while (i < limit && isAttributeNameChar(s.charAt(i))) {
                i++;
            }
            String attrName = s.subSequence(attrStart, i).toString();
            int afterName = i;
            int j = skipSpace(s, i, limit);
            if (j < limit && s.charAt(j) == '=') {
                j = skipSpace(s, j + 1, limit);
                if (j >= limit) {
                    return null;
                }
                char q = s.charAt(j);
                if (q == '"' || q == '\'') {
                    int close = indexOf(s, q, j + 1, limit);
                    if (close < 0) {
                        return null;
                    }
                    attributes.add(new JsxAttribute(attrName, JsxAttribute.Kind.QUOTED,
                            s.subSequence(j + 1, close).toString(), attrStart, close + 1));
                    i = close + 1;
                } else if (q == '{') {
                    int close = matchBrace(s, j, limit);
                    if (close < 0) {
                        return null;
                    }
                    attributes.add(new JsxAttribute(attrName, JsxAttribute.Kind.EXPRESSION,
                            s.subSequence(j + 1, close).toString(), attrStart, close + 1));
                    i = close + 1;
                } else {
                    int k = j;
                    while (k < limit && !isUnquotedEnd(s.charAt(k))) {
                        k++;
                    }
                    if (k == j) {
                        return null;
                    }
                    attributes.add(new JsxAttribute(attrName, JsxAttribute.Kind.UNQUOTED,
                            s.subSequence(j, k).toString(), attrStart, k));
                    i = k;
                }
            } else {
                attributes.add(new JsxAttribute(attrName, JsxAttribute.Kind.BOOLEAN, null, attrStart, afterName));
                i = afterName;
            }
        }
    }

    /**
     * Whether a component tag (capitalised name or fragment) starts at {@code start}, even if the tag continues on
     * following lines.
     */
    public static boolean startsComponentTag(CharSequence s, int start, int limit) {
        int i = start;
        if (i + 1 >= limit || s.charAt(i) != '<') {
            return false;
        }
        i++;
        if (s.charAt(i) == '/') {
            i++;
        }
        if (i >= limit) {
            return false;
        }
        char c = s.charAt(i);
        return c == '>' || (c >= 'A' && c <= 'Z');
    }

    /** Index of the {@code }} matching the {@code {} at {@code open}, skipping JS strings and comments; -1 if none. */
    public static int matchBrace(CharSequence s, int open, int limit) {
        int depth = 0;
        int i = open;
        while (i < limit) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> depth++;
                case '}' -> {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
                case '"', '\'', '`' -> {
                    i = skipString(s, i, limit);
                    if (i < 0) {
                        return -1;
                    }
                }
                case '/' -> {
                    if (i + 1 < limit && s.charAt(i + 1) == '*') {
                        int end = indexOf(s, "*/", i + 2, limit);
                        if (end < 0) {
                            return -1;
                        }
                        i = end + 1;
                    }
                }
                default -> {
                }
            }
            i++;
        }
        return -1;
    }

    private static int skipString(CharSequence s, int open, int limit) {
        char q = s.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q) {
                return i;
            } else if (c == '\n' && q != '`') {
                return -1;
            }
        }
        return -1;
    }

    static int indexOf(CharSequence s, char c, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(CharSequence s, String needle, int from, int limit) {
        int last = limit - needle.length();
        outer:
        for (int i = from; i <= last; i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (s.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(CharSequence s, int i, int limit) {
        while (i < limit && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':' || c == '_';
    }

    private static boolean isAttributeNameStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == ':' || c == '@';
    }

    private static boolean isAttributeNameChar(char c) {
        return isAttributeNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private static boolean isUnquotedEnd(char c) {
        return isSpace(c) || c == '"' || c == '\'' || c == '=' || c == '<' || c == '>' || c == '`';
    }
}
