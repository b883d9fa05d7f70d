package dev.docsite.markdown.nesting;

/**
 * The nesting limit of a page. flexmark builds, and docsite's writers walk, one tree level per block quote, list or
 * component: a page nested thousands of levels deep overflowed the stack, and a list nested 3,000 levels took
 * minutes to parse. Before parsing, one linear pass over the source finds the first line nested deeper than
 * {@link #MAX_DEPTH} levels; from that line on, the page is kept as a plain-text code block (nothing the writer
 * wrote is dropped) and a warning names the line.
 * <p>
 * The depth of a line is the number of block-quote markers and list markers that open it, plus half its
 * indentation when it starts a list item (nested list items are indented), or the number of MDX component tags
 * ({@code <Tabs>}) and admonitions ({@code :::note}) opened and not yet closed. Lines of fenced code blocks and inline code spans do not count.
 * The count is an estimate of the tree's depth, on the safe side: it may be higher, never much lower.
 */
public final class NestingGuard {

    /** The deepest nesting rendered as Markdown; far more than any real document needs. */
    public static final int MAX_DEPTH = 100;

    /** Where a page first nests too deeply, and in what. */
    public record Excess(int line, String what) {
    }

    private NestingGuard() {
    }

    /** The first line of {@code source} nested deeper than {@link #MAX_DEPTH}, or {@code null} when there is none. */
    public static Excess firstExcess(String source) {
        LineScan scan = new LineScan();
        int line = 1;
        int start = 0;
        int length = source.length();
        while (start <= length) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String what = scan.line(source, start, end);
            if (what != null) {
                return new Excess(line, what);
            }
            if (end == length) {
                break;
            }
            start = end + 1;
            line++;
        }
        return null;
    }

    /**
     * {@code source} with everything from line {@code line} (1-based) on in one fenced code block, longer than any
     * backtick run in it. Lines before it keep their numbers; the kept text follows two lines later.
     */
    public static String keptAsText(String source, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = source.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return source;
        }
        String rest = source.substring(offset);
        String fence = "`".repeat(Math.max(3, longestRun(rest, '`') + 1));
        return source.substring(0, offset) + "\n" + fence + "text\n" + rest + (rest.endsWith("\n") ? "" : "\n")
                + fence + "\n";
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
