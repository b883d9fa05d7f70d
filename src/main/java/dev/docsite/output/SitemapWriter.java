package dev.docsite.output;

import dev.docsite.links.UrlText;
import dev.docsite.web.HtmlEscaper;
import java.util.List;

/** {@code sitemap.xml} per the sitemaps.org protocol; locations are absolute when the site URL is known. */
public final class SitemapWriter {

    private SitemapWriter() {
    }

    /**
     * @param origin  {@code https://docs.example.com} or {@code null}
     * @param baseUrl path prefix, {@code /docs/}
     * @param urls    site-relative page URLs
     */
    public static String write(String origin, String baseUrl, List<String> urls) {
        StringBuilder sb = new StringBuilder(128 + urls.size() * 96);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String prefix = (origin == null ? "" : origin) + baseUrl;
        for (String url : urls) {
            sb.append("  <url><loc>").append(HtmlEscaper.escape(prefix + UrlText.encodePath(url))).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }
}
