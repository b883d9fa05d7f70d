package dev.docsite.serve;

/**
 * What the preview server answers to a request, independent of the HTTP library.
 *
 * @param status      HTTP status
 * @param contentType media type with charset for text
 * @param body        the body (empty for redirects)
 * @param location    redirect target, or {@code null}
 * @param csp         Content-Security-Policy value
 */
public record Reply(int status, String contentType, byte[] body, String location, String csp) {

    static Reply file(ServedFile file) {
        return new Reply(200, file.contentType(), file.bytes(), null, ContentSecurityPolicy.DEFAULT);
    }

    static Reply redirect(String location) {
        return new Reply(302, "text/plain; charset=utf-8", new byte[0], location, ContentSecurityPolicy.DEFAULT);
    }
}
