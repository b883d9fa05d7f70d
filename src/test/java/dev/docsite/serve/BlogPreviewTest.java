package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.testing.TreeCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a blog: a post added, renamed or deleted appears or disappears without a restart, on its own URL, in
 * the list pages and in its neighbours' "Newer post" links; an edited authors map shows on the posts.
 */
class BlogPreviewTest {

    @TempDir
    Path dir;

    private static Document page(PreviewSite site, String path) {
        return Jsoup.parse(new String(site.respond(path, null).body(), StandardCharsets.UTF_8));
    }

    private static List<String> titles(PreviewSite site, String path) {
        return page(site, path).select(".blog-post-title").stream().map(Element::text).toList();
    }

    private static String newer(PreviewSite site, String path) {
        Element newer = page(site, path).selectFirst(".pagination-prev .pagination-label");
        return newer == null ? null : newer.text();
    }

    @Test
    void postsAddedRenamedAndDeletedAppearWithoutARestart() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/blogs"), dir);
        PreviewSite site = PreviewSite.open(ConfigSource.load(dir, ConfigOverrides.none()), ConfigOverrides.none(),
                Clock.systemUTC(), n -> { }, line -> { });
        assertEquals(List.of("Untruncated", "Nested news"), titles(site, "/blog/"));
        assertEquals(null, newer(site, "/blog/2026/06/22/untruncated/"));

        Path added = dir.resolve("blog/2026-08-01-added.md");
        Files.writeString(added, "---\ntitle: Added\n---\n\nNew.\n\n<!-- truncate -->\n");
        site.apply(List.of(added));
        assertEquals(200, site.respond("/blog/2026/08/01/added/", null).status());
        assertEquals(List.of("Added", "Untruncated"), titles(site, "/blog/"));
        assertEquals("Added", newer(site, "/blog/2026/06/22/untruncated/"), "the neighbour is drawn again");

        Path renamed = dir.resolve("blog/2026-08-02-renamed.md");
        Files.move(added, renamed);
        site.apply(List.of(added, renamed));
        assertEquals(404, site.respond("/blog/2026/08/01/added/", null).status());
        assertEquals(200, site.respond("/blog/2026/08/02/renamed/", null).status());
        assertEquals(List.of("Added", "Untruncated"), titles(site, "/blog/"));

        Files.delete(renamed);
        site.apply(List.of(renamed));
        assertEquals(404, site.respond("/blog/2026/08/02/renamed/", null).status());
        assertEquals(List.of("Untruncated", "Nested news"), titles(site, "/blog/"));
        assertEquals(null, newer(site, "/blog/2026/06/22/untruncated/"));

        Path authors = dir.resolve("blog/authors.yml");
        Files.writeString(authors, Files.readString(authors).replace("Ada Lovelace", "Ada King"));
        site.apply(List.of(authors));
        assertEquals("Ada King", page(site, "/blog/2026/03/15/bundle/").selectFirst(".blog-author-name").text());
    }
}
