package dev.docsite.markdown.mdx;

import dev.docsite.markdown.source.DerivedText;
import dev.docsite.markdown.source.LineMap;

/**
 * Splits the text of a JSX block into component tags and the Markdown between them, as MDX does: text between
 * {@code <TabItem>} and {@code </TabItem>} is Markdown even without blank lines. The Markdown pieces are dedented
 * (MDX content is commonly indented inside components) and keep their source positions. Component tags inside
 * code spans and fenced code are left alone.
 */
public final class JsxFlowSplitter {

    /** Receives the pieces in source order. */
    public interface Handler {
        void tag(JsxTag tag, int line, int column);

        void markdown(DerivedText markdown);
    }

    private JsxFlowSplitter() {
    }

    /** Whether {@code s} contains a component tag outside code. */
    public static boolean hasComponentTag(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '`' || c == '~') {
                i = skipCode(s, i) - 1;
            } else if (c == '<' && JsxTagScanner.startsComponentTag(s, i, n)) {
                JsxTag tag = JsxTagScanner.scan(s, i, n);
                if (tag != null && !tag.writtenAsHtml()) {
                    return true;
                }
            }
        }
        return false;
    }

    public static void split(DerivedText text, Handler handler) {
        String t = text.text();
        LineMap map = text.map();
        int n = t.length();
        int chunkStart = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '`' || c == '~') {
                i = skipCode(t, i);
                continue;
            }
            if (c == '<' && JsxTagScanner.startsComponentTag(t, i, n)) {
                JsxTag tag = JsxTagScanner.scan(t, i, n);
                if (tag != null && !tag.writtenAsHtml()) {
                    emitMarkdown(t, map, chunkStart, i, handler);
                    handler.tag(tag, map.line(i), map.column(i));
                    i = tag.end();
                    chunkStart = i;
                    continue;
                }
            }
            i++;
        }
        emitMarkdown(t, map, chunkStart, n, handler);
    }

    /** Skips a code span or a fence starting at {@code i}; returns the index after it (or after the marker run). */
    private static int skipCode(CharSequence s, int i) {
        char marker = s.charAt(i);
        int n = s.length();
        int run = i;
        while (run < n && s.charAt(run) == marker) {
            run++;
        }
        int length = run - i;
        if (marker == '~' && length < 3) {
            return run;
        }
        int j = run;
        while (j < n) {
            if (s.charAt(j) == marker) {
                int k = j;
                while (k < n && s.charAt(k) == marker) {
                    k++;
                }
                if (k - j == length || (length >= 3 && k - j > length)) {
                    return k;
                }
                j = k;
            } else {
                j++;
            }
        }
        return run;
    }

    private static void emitMarkdown(String t, LineMap map, int from, int to, Handler handler) {
        if (t.substring(from, to).isBlank()) {
            return;
        }
        int minIndent = Integer.MAX_VALUE;
        for (int start = from; start < to; ) {
            int end = lineEnd(t, start, to);
            if (atLineStart(t, start) && !t.substring(start, end).isBlank()) {
                minIndent = Math.min(minIndent, leadingSpace(t, start, end));
            }
            start = end + 1;
        }
        DerivedText.Builder builder = LineMap.derive(map.file());
        for (int start = from; start <= to; ) {
            int end = lineEnd(t, start, to);
            int space = leadingSpace(t, start, end);
            int skip = atLineStart(t, start) ? Math.min(space, minIndent) : space;
            int s = start + skip;
            builder.line(t.substring(s, end), map.line(s), map.column(s));
            start = end + 1;
        }
        handler.markdown(builder.build());
    }

    private static boolean atLineStart(String t, int i) {
        return i == 0 || t.charAt(i - 1) == '\n';
    }

    private static int lineEnd(String t, int start, int limit) {
        int nl = t.indexOf('\n', start);
        return nl < 0 || nl > limit ? limit : nl;
    }

    private static int leadingSpace(String t, int start, int end) {
        int i = start;
        while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i - start;
    }
}
