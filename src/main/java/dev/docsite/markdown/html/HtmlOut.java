package dev.docsite.markdown.html;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.docsite.web.HtmlEscaper;

/**
 * The HTML of one page body as it is written, line by line, with flexmark's layout rules, so that bodies are the same
 * byte for byte as flexmark's own renderer writes them.
 * <p>
 * Those rules are: {@link #line()} ends the current line only if it holds something; outside preformatted text,
 * spaces at the start of a line are dropped; a run of empty lines outside preformatted text is written as one. flexmark
 * applies them through a line-tracking appendable that handles every character on its own, which was a quarter of
 * a large build's time; here text is copied in runs up to the next line end.
 */
public final class HtmlOut {

    private final StringBuilder out;
    private int lineStart;
    /** The current line holds nothing but tabs (flexmark's "all whitespace"): spaces are still dropped. */
    private boolean lineBlank = true;
    private boolean previousLineCollapsible;
    private int preNesting;
    private boolean preOpenedOnLine;

    public HtmlOut(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Ends the current line, unless it is empty outside preformatted text. */
    public HtmlOut line() {
        if (preNesting > 0 || out.length() > lineStart) {
            endLine();
        }
        return this;
    }

    /** Writes markup as it is. */
    public HtmlOut raw(CharSequence s) {
        append(s, 0, s.length());
        return this;
    }

    /** Writes markup as it is, as preformatted text (kept as written, blank lines included). */
    public HtmlOut rawPre(CharSequence s) {
        int from = 0;
        if (out.length() > lineStart && s.length() > 0 && s.charAt(0) == '\n') {
            line();
            from = 1;
        }
        openPre();
        append(s, from, s.length());
        closePre();
        return this;
    }

    /** Writes text with {@code & < > "} escaped. */
    public HtmlOut text(CharSequence s) {
        if (s instanceof SubSequence sub && sub.getBase() instanceof String base) {
            escaped(base, sub.getStartOffset(), sub.getEndOffset());
        } else if (s instanceof BasedSequence) {
            String copy = s.toString();
            escaped(copy, 0, copy.length());
        } else {
            escaped(s, 0, s.length());
        }
        return this;
    }

    /** Starts preformatted text: lines are kept as written until {@link #closePre()}. */
    public HtmlOut openPre() {
        if (preNesting == 0) {
            preOpenedOnLine = true;
        }
        preNesting++;
        return this;
    }

    public HtmlOut closePre() {
        if (preNesting == 0) {
            throw new IllegalStateException("closePre without openPre");
        }
        preNesting--;
        return this;
    }

    /**
     * Whether the output is in the state of a new one: at the start of a line, outside preformatted text, with no
     * empty line just written. What is written next then comes out as it would at the start of a body of its own.
     */
    public boolean atFreshLine() {
        return preNesting == 0 && out.length() == lineStart && !previousLineCollapsible && !preOpenedOnLine;
    }

    /** The number of characters written so far. */
    public int length() {
        return out.length();
    }

    /** The body written so far, its last line ended. */
    public String finish() {
        line();
        return out.toString();
    }

    private void escaped(CharSequence s, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            String entity = HtmlEscaper.entity(s.charAt(i));
            if (entity != null) {
                append(s, from, i);
                append(entity, 0, entity.length());
                from = i + 1;
            }
        }
        append(s, from, end);
    }

    private void append(CharSequence s, int start, int end) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\n') {
                endLine();
                i++;
            } else if (lineBlank && (c == ' ' || c == '\t')) {
                if (c == '\t' || preNesting > 0) {
                    out.append(c);
                }
                i++;
            } else {
                lineBlank = false;
                int next = indexOfNewline(s, i, end);
                out.append(s, i, next);
                i = next;
            }
        }
    }

    private static int indexOfNewline(CharSequence s, int from, int end) {
        if (s instanceof String string) {
            int i = string.indexOf('\n', from);
            return i < 0 || i > end ? end : i;
        }
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == '\n') {
                return i;
            }
        }
        return end;
    }

    private void endLine() {
        boolean collapsible = out.length() == lineStart && preNesting == 0 && !preOpenedOnLine;
        if (!(collapsible && previousLineCollapsible)) {
            out.append('\n');
        }
        previousLineCollapsible = collapsible;
        lineStart = out.length();
        lineBlank = true;
        preOpenedOnLine = false;
    }
}
