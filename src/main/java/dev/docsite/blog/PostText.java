package dev.docsite.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a post's Markdown body gives its blog: whether it has a truncation marker, the summary the list pages show
 * (the body up to the first marker, with the content title removed as Docusaurus removes it), the description feeds
 * fall back on (the first paragraph's text) and the number of words its reading time counts.
 *
 * @param truncated whether the body holds {@code <!-- truncate -->} or <code>{/* truncate *&#47;}</code>
 * @param summary   the body up to the marker (all of it without one), line numbers kept, without the
 *                  {@code # title} line
 * @param excerpt   the first paragraph as plain text, or {@code ""}
 * @param words     words of the body, for the reading time
 */
public record PostText(boolean truncated, String summary, String excerpt, int words) {

    /** Docusaurus's default {@code truncateMarker}. */
    private static final Pattern TRUNCATE = Pattern.compile("<!--\\s*truncate\\s*-->|\\{/\\*\\s*truncate\\s*\\*/}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern CONTENT_TITLE = Pattern.compile("\\A(\\s*)# [^\\n]*");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    /** @param body the file's text with its frontmatter blanked out (line numbers kept) */
    public static PostText of(String body) {
        Matcher marker = TRUNCATE.matcher(body);
        boolean truncated = marker.find();
        String summary = truncated ? body.substring(0, marker.start()) : body;
        Matcher title = CONTENT_TITLE.matcher(summary);
        if (title.find()) {
            // Blank the title rather than cut it, so that the summary keeps the file's line numbers.
            summary = title.group(1) + summary.substring(title.end());
        }
        int words = 0;
        Matcher word = WORD.matcher(body);
        while (word.find()) {
            words++;
        }
        return new PostText(truncated, summary, excerpt(body), words);
    }

    /** Reading time in minutes as the classic theme shows it: 200 words a minute, rounded up. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(words / 200.0));
    }

    private static String excerpt(String body) {
        boolean inFence = false;
        for (String line : body.split("\n")) {
            String t = line.strip();
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
