package dev.docsite.markdown.code;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code fence's info string says besides its language, as Docusaurus reads it:
 * {@code ```js title="src/a.js" {1,3-5} showLineNumbers npm2yarn}.
 *
 * @param language        the language, or {@code ""}
 * @param title           the {@code title}, or {@code null}
 * @param highlighted     0-based lines given by a {@code {1,3-5}} range, or {@code null} when there is none
 * @param showLineNumbers whether lines are numbered
 * @param npm2yarn        whether the npm commands are shown as npm / yarn / pnpm tabs
 */
public record CodeMeta(String language, String title, BitSet highlighted, boolean showLineNumbers, boolean npm2yarn) {

    private static final Pattern TITLE = Pattern.compile("\\btitle=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern RANGES = Pattern.compile("\\{([\\d,\\s-]+)}");
    private static final Pattern LINE_NUMBERS = Pattern.compile("(?<![\\w-])showLineNumbers\\b");
    private static final Pattern NPM2YARN = Pattern.compile("(?<![\\w-])npm2yarn\\b");

    /** Reads an info string: its first word is the language. */
    public static CodeMeta parse(String info) {
        int end = 0;
        while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
            end++;
        }
        return parse(info.substring(0, end), info.substring(end));
    }

    /** Reads the meta string of a block whose language is known ({@code <CodeBlock language="js" …>}). */
    public static CodeMeta parse(String language, String meta) {
        String title = null;
        Matcher t = TITLE.matcher(meta);
        String rest = meta;
        if (t.find()) {
            title = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
            rest = meta.substring(0, t.start()) + meta.substring(t.end());
        }
        BitSet lines = null;
        Matcher r = RANGES.matcher(rest);
        if (r.find()) {
            lines = ranges(r.group(1));
        }
        return new CodeMeta(language, title, lines, LINE_NUMBERS.matcher(rest).find(), NPM2YARN.matcher(rest).find());
    }

    /** {@code 1,3-5} as 0-based line indexes. */
    static BitSet ranges(String spec) {
        BitSet lines = new BitSet();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dash = p.indexOf('-');
            try {
                int from = Integer.parseInt((dash < 0 ? p : p.substring(0, dash)).strip());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
                if (from >= 1 && to >= from) {
                    lines.set(from - 1, to);
                }
            } catch (NumberFormatException e) {
                // a malformed part highlights nothing, as in Docusaurus
            }
        }
        return lines;
    }
}
