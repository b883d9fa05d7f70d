package dev.docsite.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of preview responses: the site's own scripts, styles and images only. Script files are
 * allowed from the preview's own origin ({@code 'self'}: the theme's, the preview's live script, Mermaid). Inline
 * scripts are allowed by their SHA-256 hash, computed from the page itself, so a template override with its own inline
 * script keeps working; the inline scripts of the page's Markdown body are hashed only when the site allows raw HTML
 * ({@code markdown.raw_html: allow}, where a writer's {@code <script>} runs in the built site too). With
 * {@code escape}, no inline script written in Markdown runs, even one that reached the body some other way.
 * Inline styles stay allowed: KPI bars set their widths with {@code style} attributes. The built site has no policy
 * of its own: that is the web server's to add.
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final String REST = "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** For responses that are not HTML pages: nothing inline runs. */
    public static final String DEFAULT = "default-src 'self'; script-src 'self'" + REST;

    private ContentSecurityPolicy() {
    }

    /**
     * The policy for one HTML document, allowing its inline scripts.
     *
     * @param html        the whole document
     * @param writtenHtml the part written by the page's writer (its Markdown body), or {@code null} for none
     * @param writerScripts whether the inline scripts of {@code writtenHtml} may run
     */
    public static String forHtml(String html, String writtenHtml, boolean writerScripts) {
        Set<String> hashes = inlineScriptHashes(html);
        if (!writerScripts && writtenHtml != null) {
            // A writer's script identical to one of the theme's stays allowed: it is the theme's script.
            Set<String> theme = inlineScriptHashes(html.replace(writtenHtml, ""));
            hashes.removeIf(h -> !theme.contains(h));
        }
        StringBuilder sb = new StringBuilder("default-src 'self'; script-src 'self'");
        hashes.forEach(h -> sb.append(' ').append(h));
        return sb.append(REST).toString();
    }

    private static Set<String> inlineScriptHashes(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            hashes.add("'sha256-" + sha256(m.group(1)) + "'");
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
