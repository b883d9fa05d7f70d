package dev.docsite.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the raw path of a request into a path of the built site, or refuses it. The server never maps a request
 * to the filesystem (it looks the result up in memory), so this is a second line of defence: anything that could be
 * read as leaving the site — {@code ..} in any encoding, backslashes, NUL and control characters, invalid or overlong
 * UTF-8, double encoding, empty segments — is refused, which the server answers with 404.
 */
public final class RequestPath {

    private RequestPath() {
    }

    /**
     * @param rawPath the request path exactly as sent, still %-encoded, without query
     * @param baseUrl the site's base URL ({@code /} or {@code /docs/})
     * @return the site-relative path ({@code ""} for the home page, {@code guides/a/}, {@code assets/docsite.css}),
     *         or empty when the path is refused or outside the base URL
     */
    public static Optional<String> toSitePath(String rawPath, String baseUrl) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String decoded = decode(rawPath);
        if (decoded == null || !decoded.startsWith(baseUrl)) {
            return Optional.empty();
        }
        String rest = decoded.substring(baseUrl.length());
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        String[] segments = rest.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if ((s.isEmpty() && !last) || s.equals(".") || s.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(rest);
    }

    /** Whether the raw path is the base URL without its trailing slash ({@code /docs} for {@code /docs/}). */
    public static boolean isBaseWithoutSlash(String rawPath, String baseUrl) {
        return baseUrl.length() > 1 && rawPath.equals(baseUrl.substring(0, baseUrl.length() - 1));
    }

    /**
     * Strict percent-decoding: {@code %XX} only, valid UTF-8 only (Java's decoder rejects overlong forms), and no
     * character that has no business in a site path.
     *
     * @return the decoded path, or {@code null} when it is refused
     */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Browsers always %-encode non-ASCII; raw bytes mean a hand-made request whose charset is a guess.
                return null;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // '%' after decoding means double encoding (%252e): refuse rather than let anything decode it again.
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || c == '\uFFFD') {
                return null;
            }
        }
        return text;
    }
}
