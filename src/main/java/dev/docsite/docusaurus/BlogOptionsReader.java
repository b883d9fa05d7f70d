package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a blog plugin instance's options as Docusaurus validates them ({@code options.ts}), defaults filled in. */
final class BlogOptionsReader {

    private BlogOptionsReader() {
    }

    static BlogOptions read(Fields options, Path path) throws DocusaurusConfigException {
        return new BlogOptions(
                options.string("id", "default"),
                path,
                trimSlashes(options.string("routeBasePath", "blog")),
                options.string("blogTitle", "Blog"),
                options.string("blogDescription", "Blog"),
                countOrAll(options, "postsPerPage", 10, 1),
                countOrAll(options, "blogSidebarCount", 5, 0),
                options.string("blogSidebarTitle", "Recent posts"),
                options.bool("showReadingTime", true),
                options.string("authorsMapPath", "authors.yml"),
                tagsFile(options),
                feed(options),
                options.strings("include").orElse(List.of("**/*.{md,mdx}")),
                options.strings("exclude").orElse(BlogOptions.DEFAULT_EXCLUDE),
                options.has("archiveBasePath") || !options.values().containsKey("archiveBasePath")
                        ? trimSlashes(options.string("archiveBasePath", "archive")) : null,
                trimSlashes(options.string("tagsBasePath", "tags")),
                trimSlashes(options.string("pageBasePath", "page")),
                trimSlashes(options.string("authorsBasePath", "authors")),
                ReportingSeverity.parse(options, "onInlineTags", ReportingSeverity.WARN),
                ReportingSeverity.parse(options, "onInlineAuthors", ReportingSeverity.WARN),
                ReportingSeverity.parse(options, "onUntruncatedBlogPosts", ReportingSeverity.WARN),
                ascending(options));
    }

    private static int countOrAll(Fields options, String key, int fallback, int min) throws DocusaurusConfigException {
        Object value = options.get(key);
        if (value == null) {
            return fallback;
        }
        if ("ALL".equals(value)) {
            return BlogOptions.ALL;
        }
        if (value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue()) && n.intValue() >= min) {
            return n.intValue();
        }
        throw options.error(key, "must be 'ALL' or a whole number of at least " + min + ", not "
                + ConfigFields.describe(value));
    }

    private static String tagsFile(Fields options) throws DocusaurusConfigException {
        if (!options.values().containsKey("tags")) {
            return "tags.yml";
        }
        Object value = options.get("tags");
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (value instanceof String file && !file.isEmpty()) {
            return file;
        }
        throw options.error("tags", "must be a file path, false or null, not " + ConfigFields.describe(value));
    }

    private static boolean ascending(Fields options) throws DocusaurusConfigException {
        String sort = options.string("sortPosts", "descending");
        if (!sort.equals("descending") && !sort.equals("ascending")) {
            throw options.error("sortPosts", "must be 'descending' or 'ascending', not '" + sort + "'");
        }
        return sort.equals("ascending");
    }

    private static BlogOptions.Feed feed(Fields blog) throws DocusaurusConfigException {
        Fields feed = blog.object("feedOptions").orElse(new Fields(java.util.Map.of(), blog.path("feedOptions"),
                blog.file()));
        Set<BlogOptions.FeedType> types = EnumSet.noneOf(BlogOptions.FeedType.class);
        if (!feed.values().containsKey("type")) {
            types.add(BlogOptions.FeedType.RSS);
            types.add(BlogOptions.FeedType.ATOM);
        } else if (feed.get("type") != null) {
            List<String> names = feed.strings("type").orElse(List.of());
            for (String name : names) {
                switch (name) {
                    case "all" -> types.addAll(EnumSet.allOf(BlogOptions.FeedType.class));
                    case "rss", "atom", "json" -> types.add(BlogOptions.FeedType.valueOf(name.toUpperCase(Locale.ROOT)));
                    default -> throw feed.error("type", "must be 'rss', 'atom', 'json', 'all', an array of them or"
                            + " null, not '" + name + "'");
                }
            }
        }
        int limit = 20;
        Object limitValue = feed.get("limit");
        if (feed.values().containsKey("limit") && (limitValue == null || Boolean.FALSE.equals(limitValue))) {
            limit = BlogOptions.ALL;
        } else if (limitValue instanceof Number n && n.intValue() >= 0) {
            limit = n.intValue();
        } else if (limitValue != null) {
            throw feed.error("limit", "must be a number, false or null, not " + ConfigFields.describe(limitValue));
        }
        return new BlogOptions.Feed(types, feed.string("title").orElse(null),
                feed.string("description").orElse(null), feed.string("copyright", ""),
                feed.string("language").orElse(null), limit);
    }

    private static String trimSlashes(String path) {
        return path.strip().replaceAll("^/+|/+$", "");
    }
}
