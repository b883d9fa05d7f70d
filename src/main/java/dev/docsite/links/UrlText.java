package dev.docsite.links;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL paths as written into href/src (RFC 3986 path characters are kept). */
public final class UrlText {

    private static final String KEEP = "-._~!$&'()*+,;=:@/";

    private UrlText() {
    }

    public static String encodePath(String path) {
        boolean plain = true;
        for (int i = 0; i < path.length() && plain; i++) {
            plain = isKept(path.charAt(i));
        }
        if (plain) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && isKept(c)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * The shortest relative URL from folder {@code from} to folder {@code to}, both site URLs in folder form
     * ({@code "a/b/"}, or {@code ""} for the root), percent-encoded; {@code ""} when they are the same folder.
     */
    public static String relative(String from, String to) {
        int common = 0;
        for (int i = 0; i < from.length() && i < to.length() && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') {
                common = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                sb.append("../");
            }
        }
        return sb.append(encodePath(to.substring(common))).toString();
    }

    /** Decodes {@code %XX} escapes (UTF-8); a malformed escape leaves the text as written. {@code +} stays. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return s;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '%') {
                return s;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEEP.indexOf(c) >= 0;
    }
}
