package dev.docsite.docusaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A blog instance's options with the defaults of Docusaurus's {@code options.ts}. */
class BlogOptionsReaderTest {

    private static final Path FILE = Path.of("docusaurus.config.js");
    private static final Path BLOG = Path.of("/site/blog");

    private static BlogOptions read(Map<String, Object> options) throws DocusaurusConfigException {
        return BlogOptionsReader.read(new Fields(options, "presets[0][1].blog", FILE), BLOG);
    }

    @Test
    void defaultsAreDocusaurussOwn() throws Exception {
        assertEquals(new BlogOptions("default", BLOG, "blog", "Blog", "Blog", 10, 5, "Recent posts", true,
                "authors.yml", "tags.yml",
                new BlogOptions.Feed(EnumSet.of(BlogOptions.FeedType.RSS, BlogOptions.FeedType.ATOM), null, null, "",
                        null, 20),
                List.of("**/*.{md,mdx}"), BlogOptions.DEFAULT_EXCLUDE, "archive", "tags", "page", "authors",
                ReportingSeverity.WARN, ReportingSeverity.WARN, ReportingSeverity.WARN, false), read(Map.of()));
    }

    @Test
    void allAndNullAndFalseMeanWhatTheSchemaSays() throws Exception {
        java.util.HashMap<String, Object> options = new java.util.HashMap<>();
        options.put("routeBasePath", "/releases/");
        options.put("postsPerPage", "ALL");
        options.put("blogSidebarCount", "ALL");
        options.put("archiveBasePath", null);
        options.put("tags", false);
        options.put("sortPosts", "ascending");
        options.put("feedOptions", Map.of("type", "all", "limit", false));
        BlogOptions blog = read(options);
        assertEquals("releases", blog.routeBasePath());
        assertEquals(BlogOptions.ALL, blog.postsPerPage());
        assertEquals(BlogOptions.ALL, blog.blogSidebarCount());
        assertEquals(null, blog.archiveBasePath());
        assertEquals(null, blog.tagsFile());
        assertEquals(true, blog.ascending());
        assertEquals(EnumSet.allOf(BlogOptions.FeedType.class), blog.feed().types());
        assertEquals(BlogOptions.ALL, blog.feed().limit());
        java.util.HashMap<String, Object> noFeed = new java.util.HashMap<>();
        noFeed.put("type", null);
        assertEquals(EnumSet.noneOf(BlogOptions.FeedType.class),
                read(Map.of("feedOptions", noFeed)).feed().types());
    }

    @Test
    void theFeedTypesReadInTheEnumsOrderWhateverOrderTheConfigurationGives() throws Exception {
        // The configuration's text keys the build cache: an order changing from one run to the next (Set.copyOf's)
        // would make every build of a blog parse every post again.
        BlogOptions.Feed feed = read(Map.of("feedOptions", Map.of("type", List.of("json", "atom", "rss")))).feed();
        assertEquals("Feed[types=[RSS, ATOM, JSON], title=null, description=null, copyright=, language=null, limit=20]",
                feed.toString());
        assertEquals("[RSS, JSON]", new BlogOptions.Feed(new java.util.LinkedHashSet<>(List.of(
                BlogOptions.FeedType.JSON, BlogOptions.FeedType.RSS)), null, null, "", null, 20).types().toString());
    }

    @Test
    void aWrongValueNamesTheOption() {
        DocusaurusConfigException error = assertThrows(DocusaurusConfigException.class,
                () -> read(Map.of("postsPerPage", 0)));
        assertEquals("docusaurus.config.js: presets[0][1].blog.postsPerPage: must be 'ALL' or a whole number of at"
                + " least 1, not 0", error.getMessage());
        error = assertThrows(DocusaurusConfigException.class, () -> read(Map.of("feedOptions", Map.of("type", "xml"))));
        assertEquals("docusaurus.config.js: presets[0][1].blog.feedOptions.type: must be 'rss', 'atom', 'json', 'all',"
                + " an array of them or null, not 'xml'", error.getMessage());
    }
}
