package dev.docsite.links;

import java.util.Locale;

/**
 * URLs that run a script when followed or loaded: {@code javascript:}, {@code vbscript:} and {@code data:} (a
 * {@code data:} document runs its own scripts), except {@code data:image/...} in an image, which a browser only
 * draws. The scheme is read as a browser reads it: tabs and line breaks anywhere are dropped and leading spaces and
 * control characters ignored, so {@code " java\tscript:"} is caught too; the scheme is case-insensitive. Character
 * references are decoded first, as a browser decodes an attribute: raw HTML's values arrive with the references
 * that end in {@code ;} already decoded, but a browser also reads {@code &#106avascript:} (no semicolon) as
 * {@code javascript:}.
 */
final class UnsafeUrls {

    private UnsafeUrls() {
    }

    /** The scheme that makes {@code url} unsafe ({@code "javascript"}), or {@code null} when it is not. */
    static String unsafeScheme(String url, boolean image) {
        StringBuilder sb = new StringBuilder(Math.min(url.length(), 32));
        for (int i = 0; i < url.length() && sb.length() < 32; i++) {
            char c = url.charAt(i);
            if (c == '&' && i + 2 < url.length() && url.charAt(i + 1) == '#') {
                int[] decoded = numericReference(url, i + 2);
                if (decoded != null) {
                    c = (char) decoded[0];
                    i = decoded[1] - 1;
                }
            }
            if (c == '\t' || c == '\n' || c == '\r' || (sb.length() == 0 && c <= ' ')) {
                continue;
            }
            sb.append(c);
        }
        String lower = sb.toString().toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")) {
            return "javascript";
        }
        if (lower.startsWith("vbscript:")) {
            return "vbscript";
        }
        if (lower.startsWith("data:") && !(image && lower.startsWith("data:image/"))) {
            return "data";
        }
        return null;
    }

    /**
     * The character of the numeric reference whose digits start at {@code from} ({@code 106}, {@code x6A}) and the
     * index after it (and after its {@code ;}, if any), or {@code null} when there are no digits. Only characters of
     * the Basic Multilingual Plane matter for a scheme; others become U+FFFD.
     */
    private static int[] numericReference(String s, int from) {
        boolean hex = from < s.length() && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
        int i = hex ? from + 1 : from;
        int start = i;
        long value = 0;
        while (i < s.length() && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0) {
            value = Math.min(value * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10), 0x110000);
            i++;
        }
        if (i == start) {
            return null;
        }
        if (i < s.length() && s.charAt(i) == ';') {
            i++;
        }
        int c = value == 0 || value > 0xFFFF ? 0xFFFD : (int) value;
        return new int[] {c, i};
    }
}
