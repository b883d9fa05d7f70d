package dev.docsite.serve;

import dev.docsite.site.SiteFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Answers requests from one version of the site: a path names a file of its {@link dev.docsite.site.SiteAssembly},
 * which is served as {@code build} would have written it (pages carry the live-reload script). Paths that are not
 * files of the site get the site's 404 page. Thread-safe.
 */
final class PreviewRouter {

    private final byte[] liveScript = resource("/docsite-preview/live.js");

    /**
     * Answers a GET request.
     *
     * @param rawPath  the request path as sent (%-encoded)
     * @param rawQuery the query string as sent, or {@code null}
     */
    Reply respond(PreviewState st, String rawPath, String rawQuery) {
        String base = st.config().baseUrl();
        String query = rawQuery == null ? "" : "?" + rawQuery;
        if (RequestPath.isBaseWithoutSlash(rawPath, base)) {
            return Reply.redirect(base + query);
        }
        String path = RequestPath.toSitePath(rawPath, base).orElse(null);
        if (path == null) {
            return notFound(st);
        }
        if (path.equals(PreviewSite.LIVE_SCRIPT)) {
            return Reply.file(ServedFile.of(path, liveScript));
        }
        if (path.startsWith(MermaidBlocks.PREFIX)) {
            String page = path.substring(MermaidBlocks.PREFIX.length());
            SiteFile file = st.file(page.isEmpty() || page.endsWith("/") ? page + "index.html" : page + "/index.html");
            return Reply.file(ServedFile.of("mermaid.json", MermaidBlocks.json(
                    file instanceof SiteFile.Rendered r && r.page() != null ? MermaidBlocks.of(r.page()) : List.of())));
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        Reply reply = serve(st, st.file(path), 200);
        if (reply != null) {
            return reply;
        }
        if (st.file(path + "/index.html") != null) {
            return Reply.redirect(rawPath + "/" + query);
        }
        return notFound(st);
    }

    /** The site's 404 page with status 404. */
    Reply notFound(PreviewState st) {
        Reply reply = serve(st, st.file("404.html"), 404);
        return reply != null ? reply
                : new Reply(404, ContentTypes.of("404.txt"), "Not found".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        null, ContentSecurityPolicy.DEFAULT);
    }

    /** @return {@code file} served with {@code status}, or {@code null} when there is no file to serve */
    private static Reply serve(PreviewState st, SiteFile file, int status) {
        if (file instanceof SiteFile.Rendered page) {
            PreviewState.Rendered r = st.rendered(page);
            return new Reply(status, ContentTypes.HTML, r.html(), null, r.csp());
        }
        ServedFile served = null;
        if (file instanceof SiteFile.Generated generated) {
            served = st.generated(generated);
        } else if (file instanceof SiteFile.Copied) {
            served = st.copied().get(file.path()); // absent when the in-memory sink refused it (a symbolic link)
        }
        return served == null ? null
                : new Reply(status, served.contentType(), served.bytes(), null, ContentSecurityPolicy.DEFAULT);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewRouter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " on the classpath; the docsite jar is incomplete.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
