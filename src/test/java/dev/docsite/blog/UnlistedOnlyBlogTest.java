package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.site.SiteBuilder;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog whose posts are all {@code unlisted} has nothing to put in a feed: no feed file is written, and no page's
 * head links one (a link would lead nowhere); its posts are still built. A second blog with a listed post keeps its
 * feed and its head link.
 */
class UnlistedOnlyBlogTest {

    @Test
    void aBlogOfUnlistedPostsHasNoFeedsAndNoFeedLinks(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("docusaurus.config.js"), """
                module.exports = {title: 'Notes', url: 'https://notes.example.com', baseUrl: '/',
                  presets: [['classic', {docs: false, blog: {feedOptions: {type: 'all'}}}]],
                  plugins: [['@docusaurus/plugin-content-blog', {id: 'news', path: 'news', routeBasePath: 'news'}]]};
                """);
        Files.createDirectories(site.resolve("blog"));
        Files.writeString(site.resolve("blog/2026-06-01-hidden.md"),
                "---\nunlisted: true\n---\n# Hidden\n\nText.\n<!-- truncate -->\n");
        Files.writeString(site.resolve("blog/2026-06-02-also-hidden.md"),
                "---\nunlisted: true\n---\n# Also hidden\n\nText.\n<!-- truncate -->\n");
        Files.createDirectories(site.resolve("news"));
        Files.writeString(site.resolve("news/2026-06-03-shown.md"), "# Shown\n\nText.\n<!-- truncate -->\n");
        Path out = site.resolve("out");
        SiteConfig config = ConfigSource.load(site, ConfigOverrides.none()).toBuilder().outDir(out).build();
        new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);

        // The posts and the (empty) list page, as Docusaurus paginates no listed posts into one page; no feed.
        assertEquals(List.of("blog/2026/06/01/hidden/index.html", "blog/2026/06/02/also-hidden/index.html",
                "blog/index.html"), files(out.resolve("blog"), out));
        for (String page : List.of("blog/2026/06/01/hidden/index.html", "news/2026/06/03/shown/index.html")) {
            Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            assertEquals(List.of("application/rss+xml Notes RSS Feed " + rootOf(page) + "news/rss.xml",
                    "application/atom+xml Notes Atom Feed " + rootOf(page) + "news/atom.xml"),
                    doc.select("link[rel=alternate]").stream()
                            .map(l -> l.attr("type") + " " + l.attr("title") + " " + l.attr("href")).toList(), page);
        }
    }

    private static String rootOf(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    private static List<String> files(Path dir, Path out) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }
}
