package dev.docsite.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a post's Markdown body gives its blog: whether it has a truncation marker, the summary the list pages show
 * (the body up to the first marker, with the content title removed as Docusaurus removes it), the description feeds
 * fall back on (the first paragraph's text) and the number of words its reading time counts.
 *
 * @param truncated   whether the body holds {@code <!-- truncate -->} or <code>{/* truncate *&#47;}</code>
 * @param summary     the body up to the marker (all of it without one), line numbers kept, without the
 *                    {@code # title} line
 * @param summaryFrom where the summary's text starts in the body: after the title line, else 0
 * @param summaryTo   where the summary ends in the body: at the marker, else the body's length
 * @param excerpt     the first paragraph as plain text, or {@code ""}
 * @param words       words of the body, for the reading time
 */
public record PostText(boolean truncated, String summary, int summaryFrom, int summaryTo, String excerpt,
                       int words) {

    /** Docusaurus's default {@code truncateMarker}. */
    private static final Pattern TRUNCATE = Pattern.compile("<!--\\s*truncate\\s*-->|\\{/\\*\\s*truncate\\s*\\*/}");
    private static final Pattern CONTENT_TITLE = Pattern.compile("\\A(\\s*)# [^\\n]*");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    /** @param body the file's text with its frontmatter blanked out (line numbers kept) */
    public static PostText of(String body) {
        Matcher marker = TRUNCATE.matcher(body);
        boolean truncated = marker.find();
        int to = truncated ? marker.start() : body.length();
        String summary = body.substring(0, to);
        int from = 0;
        Matcher title = CONTENT_TITLE.matcher(summary);
        if (title.find()) {
            // Blank the title rather than cut it, so that the summary keeps the file's line numbers.
            summary = title.group(1) + summary.substring(title.end());
            from = title.end();
        }
        return new PostText(truncated, summary, from, to, excerpt(body), words(body));
    }

    /** Reading time in minutes as the classic theme shows it: 200 words a minute, rounded up. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(words / 200.0));
    }

    /** Whether the summary starts after a content title ({@code # Title} on the first line). */
    public boolean hasContentTitle() {
        return summaryFrom > 0;
    }

    /**
     * Runs of letters and digits, an apostrophe between two of them joining them into one word ({@code don't}).
     * Counted by hand: the equivalent regular expression was the larger part of reading a blog's posts.
     */
    static int words(String body) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isWordChar(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else if (!(inWord && (c == '\'' || c == '\u2019') && next < body.length()
                    && isWordChar(body.codePointAt(next)))) {
                inWord = false;
            }
            i = next;
        }
        return words;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String excerpt(String body) {
        boolean inFence = false;
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String t = body.substring(start, end).strip();
            start = end + 1;
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || t.isEmpty() || t.startsWith("#") || t.startsWith("import ") || t.startsWith("export ")
                    || t.startsWith("<") || t.startsWith("{") || t.startsWith(":::") || t.startsWith("---")) {
                continue;
            }
            String text = LINK.matcher(t).replaceAll("$1").replaceAll("[*_`]", "").replaceFirst("^[>\\-+] ", "");
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
