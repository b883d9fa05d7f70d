package dev.docsite.web;

import java.util.ArrayDeque;

/** The one URL-path normaliser: dot segments and duplicate slashes collapsed as a browser resolves them. */
public final class UrlPath {

    private UrlPath() {
    }

    /**
     * {@code path} as an absolute URL path: {@code .} segments and empty segments dropped, each {@code ..} removing
     * the segment before it (never climbing above the root, as a browser does), and a trailing slash kept unless
     * nothing is left ({@code "a/./b/../c/"} gives {@code "/a/c/"}; {@code "../"} gives {@code "/"}).
     */
    public static String normalize(String path) {
        String joined = segments(path);
        return "/" + joined + (path.endsWith("/") && !joined.isEmpty() ? "/" : "");
    }

    /** The segments {@link #normalize} keeps, joined by {@code /}, without a leading or trailing slash. */
    public static String segments(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** {@code s} without leading and trailing slashes ({@code "/docs/"} gives {@code "docs"}). */
    public static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}
