package dev.docsite.content;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a blog post's path in its blog folder says, read as Docusaurus's {@code parseBlogFileName} reads it: a date
 * anywhere in the path ({@code 2026-06-22-launch.md}, {@code 2026/06/22/launch.md}, {@code 2026-06-22-launch/index.md},
 * {@code news/2026-06-22-launch.md}) gives the post's date and the slug {@code /2026/06/22/<folder><text>}; a path
 * without one gives the slug {@code /<path>} ({@code /index} dropped) and no date.
 *
 * @param date the date in the path, or {@code null}
 * @param text the part after the date (the title when the post has none), or the whole path without date
 * @param slug the post's URL below the blog, starting with {@code /}
 */
public record BlogFileName(LocalDate date, String text, String slug) {

    private static final Pattern DATE_FILE_NAME =
            Pattern.compile("^(?<folder>.*)(?<date>\\d{4}[-/]\\d{1,2}[-/]\\d{1,2})[-/]?(?<text>.*?)(?:/index)?\\.mdx?$");
    private static final Pattern EXTENSION = Pattern.compile("(?:/index)?\\.mdx?$");

    /** @param relPath the post's path relative to its blog folder, {@code /}-separated */
    public static BlogFileName parse(String relPath) {
        Matcher m = DATE_FILE_NAME.matcher(relPath);
        if (m.matches()) {
            LocalDate date = date(m.group("date"));
            if (date != null) {
                String text = m.group("text");
                return new BlogFileName(date, text, "/" + m.group("date").replace('-', '/') + "/" + m.group("folder")
                        + text);
            }
        }
        String text = EXTENSION.matcher(relPath).replaceFirst("");
        return new BlogFileName(null, text, "/" + text);
    }

    /** JavaScript's {@code new Date('2026-6-2Z')}: month and day may have one digit; an impossible date is none. */
    private static LocalDate date(String text) {
        String[] parts = text.split("[-/]");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
