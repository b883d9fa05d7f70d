package dev.docsite.links;

import java.util.Locale;

/**
 * URLs that run a script when followed or loaded: {@code javascript:}, {@code vbscript:} and {@code data:} (a
 * {@code data:} document runs its own scripts), except {@code data:image/...} in an image, which a browser only
 * draws. The scheme is read as a browser reads it: tabs and line breaks anywhere are dropped and leading spaces and
 * control characters ignored, so {@code " java\tscript:"} is caught too; the scheme is case-insensitive.
 */
final class UnsafeUrls {

    private UnsafeUrls() {
    }

    /** The scheme that makes {@code url} unsafe ({@code "javascript"}), or {@code null} when it is not. */
    static String unsafeScheme(String url, boolean image) {
        StringBuilder sb = new StringBuilder(Math.min(url.length(), 32));
        for (int i = 0; i < url.length() && sb.length() < 32; i++) {
            char c = url.charAt(i);
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
}
