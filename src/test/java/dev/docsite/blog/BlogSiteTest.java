package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.docsite.problem.Problem;
import dev.docsite.site.BuildResult;
import dev.docsite.testing.BuiltFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Docusaurus site with two blog instances, written from Docusaurus's blog documentation and its plugin's source
 * ({@code blogUtils.ts}, {@code routes.ts}, {@code feed.ts}, {@code options.ts}), built once: every file-naming form,
 * an authors map, a tags file, truncation markers, pagination over four pages, feeds of every type, and a second
 * instance with {@code postsPerPage: 'ALL'}, {@code archiveBasePath: null}, {@code tags: false} and an RSS feed only.
 */
class BlogSiteTest {

    @TempDir
    static Path dir;
    static Path out;
    static String problems;

    @BeforeAll
    static void build() throws Exception {
        BuiltFixture built = BuiltFixture.of("blogs", dir);
        out = built.out();
        BuildResult result = built.result();
        problems = result.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Test
    void routesAreDocusaurussOwn() throws IOException {
        assertEquals(List.of(
                // file name YYYY-MM-DD-text.md → /YYYY/MM/DD/text
                "/blog/2026/01/05/first-post",
                // YYYY/MM/DD/text.md folders
                "/blog/2026/02/10/folder-date",
                // YYYY-MM-DD-text/index.md
                "/blog/2026/03/15/bundle",
                // a date after a folder: /date/folder+text
                "/blog/2026/06/01/news/nested",
                "/blog/2026/06/22/untruncated",
                // unlisted posts are built
                "/blog/2026/06/23/unlisted",
                // slug frontmatter wins
                "/blog/announcing",
                "/blog/archive",
                // authors map: an index, and pages for the authors with 'page: true', later pages under authorsBasePath
                "/blog/authors",
                "/blog/authors/ada",
                "/blog/authors/ada/authors/2",
                // no date in the file name: the file path
                "/blog/dated-by-frontmatter",
                // 7 listed posts, 2 per page
                "/blog",
                "/blog/page/2",
                "/blog/page/3",
                "/blog/page/4",
                "/blog/tags",
                "/blog/tags/docs",
                "/blog/tags/launch",
                "/blog/tags/launch/page/2",
                "/blog/tags/unknown-tag",
                "/docs/intro",
                "/releases",
                "/releases/2026/06/30/v1",
                "/releases/tags",
                "/releases/tags/big-release",
                "/releases/v2").stream().sorted().toList(), routes());
    }

    @Test
    void feedsAreWrittenAsFeedOptionsSay() {
        assertEquals(List.of("blog/atom.xml", "blog/feed.json", "blog/rss.xml", "releases/rss.xml"),
                Stream.of("blog/rss.xml", "blog/atom.xml", "blog/feed.json", "releases/rss.xml", "releases/atom.xml",
                        "releases/feed.json").filter(f -> Files.isRegularFile(out.resolve(f))).sorted().toList());
    }

    @Test
    void everyPageLinksEveryFeedInItsHead() throws IOException {
        for (String page : List.of("blog/2026/01/05/first-post/index.html", "blog/tags/index.html",
                "releases/index.html", "docs/intro/index.html")) {
            String root = "../".repeat((int) page.chars().filter(c -> c == '/').count());
            assertEquals(List.of(
                    "application/rss+xml | Engineering feed RSS Feed | " + root + "blog/rss.xml",
                    "application/atom+xml | Engineering feed Atom Feed | " + root + "blog/atom.xml",
                    "application/json | Engineering feed JSON Feed | " + root + "blog/feed.json",
                    "application/rss+xml | Blogs RSS Feed | " + root + "releases/rss.xml"), feedLinks(page), page);
        }
        assertEquals(List.of(
                "application/rss+xml | Engineering feed RSS Feed | /blog/rss.xml",
                "application/atom+xml | Engineering feed Atom Feed | /blog/atom.xml",
                "application/json | Engineering feed JSON Feed | /blog/feed.json",
                "application/rss+xml | Blogs RSS Feed | /releases/rss.xml"), feedLinks("404.html"),
                "the 404 page links from the base URL, as it is served at any depth");
    }

    @Test
    void postsShowTheirEditLinkAndLastUpdateAsThePluginSays() throws IOException {
        Document first = page("blog/2026/01/05/first-post");
        assertEquals("https://git.example.com/site/edit/main/blog/2026-01-05-first-post.md",
                first.selectFirst("p.edit-this-page a").attr("href"), "editUrl as a string: + the blog folder + the file");
        assertEquals("Last updated on Jan 7, 2026 by Grace", first.selectFirst("p.last-updated").text(),
                "the frontmatter's last_update wins over git (the test site is no git repository)");
        Document bundle = page("blog/2026/03/15/bundle");
        assertEquals("https://git.example.com/site/edit/main/blog/2026-03-15-bundle/index.md",
                bundle.selectFirst("p.edit-this-page a").attr("href"));
        assertEquals(null, bundle.selectFirst("p.last-updated"), "no commit and no last_update: nothing to show");
        assertEquals("https://git.example.com/en/releases/2026-06-30-v1.md?from=/releases/2026/06/30/v1/",
                page("releases/2026/06/30/v1").selectFirst("p.edit-this-page a").attr("href"),
                "editUrl as a function of blogDirPath, blogPath, permalink and locale");
        assertEquals(null, page("releases/v2").selectFirst("p.edit-this-page"),
                "the function returned nothing: no edit link");
        assertEquals(null, page("releases/v2").selectFirst("p.last-updated"),
                "the releases instance does not show last updates");
        assertEquals(null, page("blog").selectFirst("p.edit-this-page"), "list pages have no source");
    }

    @Test
    void aPostEndsWithTagsThenItsEditRowThenTheNewerAndOlderPost() throws IOException {
        // As Docusaurus's BlogPostItem footer (tags row, then EditMetaRow: edit link, last update) inside the post,
        // and BlogPostPage's paginator after it.
        Element article = page("blog/2026/01/05/first-post").selectFirst("article");
        assertEquals(List.of(
                "ul tags blog-tags: Launch",
                "p edit-this-page: Edit this page",
                "p last-updated: Last updated on Jan 7, 2026 by Grace",
                "nav pagination-nav: Newer postDated by its folders"),
                article.select(".markdown ~ *, .blog-tags, .edit-this-page, .last-updated, .pagination-nav").stream()
                        .map(e -> e.tagName() + " " + e.className() + ": " + e.text()).toList());
    }

    private static List<String> feedLinks(String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page))).select("head link[rel=alternate]").stream()
                .map(l -> l.attr("type") + " | " + l.attr("title") + " | " + l.attr("href")).toList();
    }

    @Test
    void problemsAreThePluginsReports() {
        assertEquals(String.join("\n",
                "blog: warning: 1 blog post(s) without a truncation marker show whole on the list pages:"
                        + " blog/2026-06-22-untruncated.md; add <!-- truncate --> (or {/* truncate */} in MDX) after the"
                        + " summary, or set onUntruncatedBlogPosts: 'ignore' [blog]",
                "blog/2026-06-22-untruncated.md:3:1: warning: some authors of this post are not defined in the authors"
                        + " map: Linus; add them to authors.yml and name them by key (or set onInlineAuthors: 'ignore')"
                        + " [blog]",
                "blog/2026-06-22-untruncated.md:6:1: warning: tags not declared in tags.yml: Unknown Tag; declare them"
                        + " there (or set onInlineTags: 'ignore') [blog]"), problems.lines()
                .filter(l -> l.contains("[blog]")).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @Test
    void rssFeedHoldsTheLimitOfRecentListedPosts() throws Exception {
        SyndFeed rss = new SyndFeedInput().build(new XmlReader(out.resolve("blog/rss.xml").toFile()));
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("Engineering feed", rss.getTitle());
        assertEquals("https://blogs.example.com/blog/", rss.getLink());
        assertEquals("Blogs Blog", rss.getDescription(), "feedOptions.description defaults to '<title> Blog'");
        assertEquals("Copyright Example", rss.getCopyright());
        assertEquals(List.of("Untruncated", "Nested news", "Announcing <docsite> & more"),
                rss.getEntries().stream().map(SyndEntry::getTitle).toList());
        SyndEntry announcing = rss.getEntries().get(2);
        assertEquals("https://blogs.example.com/blog/announcing/", announcing.getLink());
        assertEquals("<p>The slug wins over the file name. See <a href=\"https://blogs.example.com/blog/2026/01/05/"
                + "first-post/\">the first post</a>.</p>\n<p>More.</p>", announcing.getContents().get(0).getValue());
        assertEquals("The slug wins over the file name. See the first post.", announcing.getDescription().getValue());
        SyndEntry untruncated = rss.getEntries().get(0);
        assertEquals(List.of("Launch|https://blogs.example.com/blog/tags/launch/",
                "Unknown Tag|https://blogs.example.com/blog/tags/unknown-tag/"), untruncated.getCategories().stream()
                .map((SyndCategory c) -> c.getName() + "|" + c.getTaxonomyUri()).toList());
    }

    @Test
    void atomAndJsonFeedsNameAuthorsAndDates() throws Exception {
        SyndFeed atom = new SyndFeedInput().build(new XmlReader(out.resolve("blog/atom.xml").toFile()));
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals(List.of("https://blogs.example.com/blog/2026/06/22/untruncated/",
                "https://blogs.example.com/blog/2026/06/01/news/nested/", "https://blogs.example.com/blog/announcing/"),
                atom.getEntries().stream().map(SyndEntry::getUri).toList());
        assertEquals(List.of("Linus"), atom.getEntries().get(0).getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals("2026-06-22T00:00:00Z", atom.getEntries().get(0).getUpdatedDate().toInstant().toString());

        JsonNode json = new ObjectMapper().readTree(out.resolve("blog/feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
        assertEquals("https://blogs.example.com/blog/", json.get("home_page_url").asText());
        List<String> items = new ArrayList<>();
        json.get("items").forEach(i -> items.add(i.get("title").asText() + "|" + i.get("date_published").asText()));
        assertEquals(List.of("Untruncated|2026-06-22T00:00:00Z", "Nested news|2026-06-01T00:00:00Z",
                "Announcing <docsite> & more|2026-05-20T00:00:00Z"), items);
        assertEquals("[\"Launch\",\"Unknown Tag\"]", json.get("items").get(0).get("tags").toString());

        SyndFeed releases = new SyndFeedInput().build(new XmlReader(out.resolve("releases/rss.xml").toFile()));
        assertEquals("Every release", releases.getDescription());
        assertEquals(List.of("Version 2", "Version 1"), releases.getEntries().stream().map(SyndEntry::getTitle).toList());
    }

    @Test
    void listPagesShowSummariesUpToTheMarkerAndPaginate() throws IOException {
        Document first = page("blog");
        assertEquals("Engineering blog", first.selectFirst("h1").text());
        assertEquals(List.of("Untruncated", "Nested news"), texts(first, ".blog-post-title"));
        Element untruncated = first.selectFirst(".blog-post-item");
        assertEquals("This post has no truncation marker, so the list pages show all of it. Second paragraph.",
                untruncated.selectFirst(".markdown").text());
        assertEquals(List.of(), texts(untruncated, ".blog-read-more"), "an untruncated post has nothing more to read");
        assertEquals(List.of("Read more"), texts(first.select(".blog-post-item").get(1), ".blog-read-more"));
        assertEquals(List.of("Older entries|../blog/page/2/"), links(first, ".pagination-nav a"));

        Document third = page("blog/page/3");
        assertEquals(List.of("A post in its own folder", "Dated by its folders"), texts(third, ".blog-post-title"));
        // the bundle's image, relative to its post, rebased onto the list page
        assertEquals("../../../blog/2026-03-15-bundle/diagram.png",
                third.selectFirst(".blog-post-item .markdown img").attr("src"));
        assertEquals(List.of("Newer entries|../../../blog/page/2/", "Older entries|../../../blog/page/4/"),
                links(third, ".pagination-nav a"));
        assertEquals(List.of("Latest"), texts(third, ".blog-sidebar-title"));
        assertEquals(List.of("Untruncated", "Nested news", "Announcing <docsite> & more"),
                texts(third, ".blog-sidebar li a"));
    }

    @Test
    void postPagesShowDateAuthorsTagsAndNeighbours() throws IOException {
        Document bundle = page("blog/2026/03/15/bundle");
        assertEquals("A post in its own folder", bundle.selectFirst("h1").text());
        assertEquals("March 15, 2026 · 1 min read", bundle.selectFirst(".blog-post-meta").text());
        assertEquals(List.of("Ada Lovelace|../../../../../blog/authors/ada/", "Grace Hopper|"),
                bundle.select(".blog-author").stream().map(a -> a.selectFirst(".blog-author-name").text() + "|"
                        + a.select("a.blog-author-name").attr("href")).toList());
        assertEquals("../../../../../img/ada.png", bundle.selectFirst(".blog-author-image").attr("src"));
        assertEquals(List.of("Docs|../../../../../blog/tags/docs/"), links(bundle, ".blog-tags a"));
        assertEquals(List.of("Newer postDated by frontmatter|../../../../../blog/dated-by-frontmatter/",
                "Older postDated by its folders|../../../../../blog/2026/02/10/folder-date/"),
                links(bundle, ".pagination-nav a"));
        assertFalse(page("releases/v2").html().contains("min read"), "showReadingTime: false");
        assertEquals(List.of(), texts(page("blog/2026/06/23/unlisted"), ".pagination-nav a"),
                "an unlisted post has no newer or older post");
    }

    @Test
    void tagArchiveAndAuthorPages() throws IOException {
        Document tags = page("blog/tags");
        assertEquals(List.of("Launch3|../../blog/tags/launch/", "Unknown Tag1|../../blog/tags/unknown-tag/",
                "Docs1|../../blog/tags/docs/"), links(tags, ".blog-tags-index a"));
        Document launch = page("blog/tags/launch");
        assertEquals("3 posts tagged with \"Launch\"", launch.selectFirst("h1").text());
        assertEquals("Posts about launches View all tags", launch.selectFirst(".blog-list-header").text());
        Document archive = page("blog/archive");
        assertEquals(List.of("2026"), texts(archive, ".blog-archive-year h2"));
        assertEquals(7, archive.select(".blog-archive-year li").size());
        assertEquals("June 22, 2026 - Untruncated", archive.selectFirst(".blog-archive-year li").text());
        Document authors = page("blog/authors");
        assertEquals(List.of("Ada Lovelace 3", "Grace Hopper 1"), texts(authors, ".blog-authors-index li"));
        Document ada = page("blog/authors/ada");
        assertEquals(List.of("Older entries|../../../blog/authors/ada/authors/2/"), links(ada, ".pagination-nav a"));
        Document navbar = page("docs/intro");
        assertEquals(List.of("Releases|../../releases/", "Blog|../../blog/"), links(navbar, ".navbar a.navbar-link"));
    }

    private static Document page(String url) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(url + "/index.html")));
    }

    private static List<String> texts(Element root, String css) {
        return root.select(css).stream().map(Element::text).toList();
    }

    private static List<String> links(Element root, String css) {
        return root.select(css).stream().map(a -> a.text() + "|" + a.attr("href")).toList();
    }

    private static List<String> routes() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> "/" + out.relativize(f.getParent()).toString().replace('\\', '/'))
                    .map(r -> r.equals("/") ? r : r.replaceAll("/$", "")).sorted().toList();
        }
    }
}
