package dev.docsite.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus's default number-prefix rule: {@code 01-intro} → {@code intro}, while names that merely start with
 * a date or version ({@code 2024-01-report}, {@code 1.2-notes}) are left alone.
 */
public final class NumberPrefix {

    private static final Pattern IGNORED = Pattern.compile("^\\d+[-_.]\\d+");
    private static final Pattern PREFIX = Pattern.compile("^(\\d+)\\s*[-_.]+\\s*([^-_.\\s].*)$");

    private NumberPrefix() {
    }

    public static String strip(String name) {
        if (IGNORED.matcher(name).find()) {
            return name;
        }
        Matcher m = PREFIX.matcher(name);
        return m.matches() ? m.group(2) : name;
    }

    /** Strips the prefix of every segment of a {@code /}-separated path. */
    public static String stripPath(String path) {
        if (path.isEmpty()) {
            return path;
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(strip(seg));
        }
        return sb.toString();
    }
}
