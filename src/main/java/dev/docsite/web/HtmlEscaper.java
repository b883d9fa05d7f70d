package dev.docsite.web;

/**
 * The one HTML escaper: text for element content and double-quoted attribute values. It escapes exactly
 * {@code & < > "}, as flexmark's renderer does, so that bodies stay byte-identical to flexmark's and every other
 * string (frontmatter, KPI feed, problem messages) is escaped the same way. Hot path: no regex.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** {@code s} with {@code & < > "} replaced by entities; {@code s} itself (as a string) when none occurs. */
    public static String escape(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && entity(s.charAt(i)) == null) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            String entity = entity(c);
            if (entity == null) {
                sb.append(c);
            } else {
                sb.append(entity);
            }
        }
        return sb.toString();
    }

    /** The entity that replaces {@code c}, or {@code null} when {@code c} is written as it is. */
    public static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }
}
