package dev.docsite.markdown.nesting;

/**
 * Whether a component's opening tag closes itself ({@code <Foo a="b" />}, also written over several lines) or opens
 * a level ({@code <Foo a="b">}). A {@code >} inside a quoted attribute value or a {@code {…}} expression does not end
 * the tag. The search stops at a blank line, at a {@code <} outside quotes and braces, and after
 * {@link #LOOK_AHEAD} characters: a tag not found to close itself by then counts as opening a level, the safe side
 * of the estimate, and the cost per tag is bounded.
 */
final class TagEnd {

    /** Characters searched for the end of one tag; far more than the attributes of any real component. */
    static final int LOOK_AHEAD = 2_000;

    private TagEnd() {
    }

    /** Whether the tag whose name starts before {@code from} ends with {@code />}. */
    static boolean selfClosing(String source, int from) {
        int limit = Math.min(source.length(), from + LOOK_AHEAD);
        char quote = 0;
        int braces = 0;
        char last = 0;
        for (int i = from; i < limit; i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\n' && blankLineFollows(source, i + 1, limit)) {
                return false;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces = Math.max(0, braces - 1);
            } else if (c == '<' && braces == 0) {
                return false;
            } else if (c == '>' && braces == 0) {
                return last == '/';
            }
            if (!Character.isWhitespace(c)) {
                last = c;
            }
        }
        return false;
    }

    private static boolean blankLineFollows(String source, int i, int limit) {
        while (i < limit && (source.charAt(i) == ' ' || source.charAt(i) == '\t' || source.charAt(i) == '\r')) {
            i++;
        }
        return i < limit && source.charAt(i) == '\n';
    }
}
