package dev.docsite.site;

import java.util.Set;

/**
 * The plain text of a paragraph's HTML as jsoup's {@code Element.text()} gives it (whitespace runs collapsed to one
 * space, entities decoded, tags left out, the ends trimmed), read in one pass for the HTML flexmark writes for a
 * paragraph: text, the four entities it escapes and inline elements from a short list. Parsing each page's first
 * paragraph with jsoup was about 6% of a build's CPU on the corpus. Anything else (another element, which
 * jsoup may treat as a block or as whitespace, another entity, a character jsoup treats as invisible or as
 * whitespace of its own, a comment) is not read here: {@link #of} then answers {@code null} and the caller asks
 * jsoup, so the description is the same either way ({@code ParagraphTextTest} compares the two).
 */
final class ParagraphText {

    /**
     * Inline elements jsoup neither treats as blocks nor draws as whitespace; an {@code img} holds no text. Not
     * {@code del} (flexmark's strikethrough): jsoup counts it among the blocks, which are set apart by spaces.
     */
    private static final Set<String> INLINE = Set.of("a", "code", "em", "strong", "span", "sup", "sub", "kbd", "b",
            "i", "mark", "img");

    private ParagraphText() {
    }

    /**
     * @param html the inner HTML of a paragraph (between {@code <p>} and {@code </p>})
     * @return its text, or {@code null} when {@code html} holds something this class does not read
     */
    static String of(CharSequence html) {
        StringBuilder text = new StringBuilder(html.length());
        OpenTags open = new OpenTags();
        boolean lastWasSpace = true; // leading whitespace is trimmed, as jsoup's text() does
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = skipTag(html, i, open);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            if (c == '&') {
                int semi = indexOf(html, ';', i, Math.min(n, i + 6));
                if (semi < 0) {
                    return null;
                }
                char decoded = entity(html, i + 1, semi);
                if (decoded == 0) {
                    return null;
                }
                text.append(decoded);
                lastWasSpace = false;
                i = semi + 1;
                continue;
            }
            if (c == ' ' || c == '\n') {
                if (!lastWasSpace) {
                    text.append(' ');
                    lastWasSpace = true;
                }
            } else if (c < ' ' || c == '\u00a0' || c == '\u00ad' || c == '\u200b' || c == '\ufeff') {
                return null; // jsoup's own whitespace (tab, form feed, CR, no-break space) or invisible characters
            } else {
                text.append(c);
                lastWasSpace = false;
            }
            i++;
        }
        if (!open.isEmpty()) {
            return null;
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ' ') {
            text.setLength(end - 1);
        }
        return text.toString();
    }

    /**
     * The index after the tag starting at {@code start}, or -1 when it is not an inline tag of {@link #INLINE} that
     * nests properly: jsoup rearranges misnested elements and links inside links (its adoption agency), and may
     * then insert spaces.
     */
    private static int skipTag(CharSequence html, int start, OpenTags open) {
        int n = html.length();
        int i = start + 1;
        boolean closing = i < n && html.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < n && html.charAt(i) >= 'a' && html.charAt(i) <= 'z') {
            i++;
        }
        if (i == nameStart || i >= n) {
            return -1;
        }
        String name = html.subSequence(nameStart, i).toString();
        if (!INLINE.contains(name)) {
            return -1;
        }
        char after = html.charAt(i);
        if (after != '>' && after != ' ' && after != '/') {
            return -1;
        }
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                boolean selfClosed = html.charAt(i - 1) == '/';
                return open.accept(name, closing, selfClosed) ? i + 1 : -1;
            }
            if (c == '"' || c == '\'') {
                int close = indexOf(html, c, i + 1, n);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (c == '<') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The character of the entity between {@code from} and {@code to} (exclusive), or 0 for any other. */
    private static char entity(CharSequence html, int from, int to) {
        return switch (html.subSequence(from, to).toString()) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            default -> 0;
        };
    }

    /** The elements open at a point of the paragraph, innermost last. */
    private static final class OpenTags extends java.util.ArrayList<String> {

        /** Whether the tag keeps the nesting one jsoup leaves as it is; records it. */
        boolean accept(String name, boolean closing, boolean selfClosed) {
            if (name.equals("img")) {
                return !closing;
            }
            if (closing) {
                if (isEmpty() || !get(size() - 1).equals(name)) {
                    return false;
                }
                remove(size() - 1);
                return true;
            }
            if (selfClosed || name.equals("a") && contains("a")) {
                return false;
            }
            add(name);
            return true;
        }
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
