package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The options of one {@code @docusaurus/plugin-content-blog} instance, with Docusaurus's defaults
 * ({@code options.ts}) filled in.
 *
 * @param id                     plugin instance id, {@code default} unless set
 * @param path                   the blog folder, absolute
 * @param routeBasePath          URL path of the blog below the base URL, without slashes ({@code blog})
 * @param blogTitle              title of the list pages
 * @param blogDescription        description of the list pages and the feeds
 * @param postsPerPage           posts per list page; {@link #ALL} for one page holding every post
 * @param blogSidebarCount       posts in the blog sidebar; {@link #ALL} for every post, 0 for no sidebar
 * @param blogSidebarTitle       heading of the blog sidebar
 * @param showReadingTime        whether posts show their reading time
 * @param authorsMapPath         the authors map, relative to the blog folder ({@code authors.yml})
 * @param tagsFile               the tags file, relative to the blog folder ({@code tags.yml}); {@code null} when
 *                               {@code tags: false} or {@code null} turns it off
 * @param feed                   which feeds to write and what they say
 * @param include                globs of post files, relative to the blog folder
 * @param exclude                globs of files that are no posts
 * @param archiveBasePath        path of the archive below the blog, or {@code null} for none
 * @param tagsBasePath           path of the tag pages below the blog
 * @param pageBasePath           path of the list pages after the first ({@code page} → {@code /blog/page/2})
 * @param authorsBasePath        path of the author pages below the blog
 * @param onInlineTags           how a post's tag missing from the tags file is reported
 * @param onInlineAuthors        how a post's author written inline while an authors map exists is reported
 * @param onUntruncatedBlogPosts how posts without a truncation marker are reported
 * @param ascending              {@code sortPosts: 'ascending'} (oldest first) instead of newest first
 */
public record BlogOptions(String id, Path path, String routeBasePath, String blogTitle, String blogDescription,
                          int postsPerPage, int blogSidebarCount, String blogSidebarTitle, boolean showReadingTime,
                          String authorsMapPath, String tagsFile, Feed feed, List<String> include,
                          List<String> exclude, String archiveBasePath, String tagsBasePath, String pageBasePath,
                          String authorsBasePath, ReportingSeverity onInlineTags, ReportingSeverity onInlineAuthors,
                          ReportingSeverity onUntruncatedBlogPosts, boolean ascending) {

    /** {@code 'ALL'} for {@code postsPerPage} and {@code blogSidebarCount}. */
    public static final int ALL = Integer.MAX_VALUE;

    /** Docusaurus's {@code GlobExcludeDefault}. */
    public static final List<String> DEFAULT_EXCLUDE = List.of("**/_*.{js,jsx,ts,tsx,md,mdx}", "**/_*/**",
            "**/*.test.{js,jsx,ts,tsx}", "**/__tests__/**");

    public BlogOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The feeds Docusaurus can write. */
    public enum FeedType { RSS, ATOM, JSON }

    /**
     * {@code feedOptions}.
     *
     * @param types       the feeds written (none for {@code type: null})
     * @param title       feed title, {@code null} for the site title
     * @param description feed description, {@code null} for "<site title> Blog"
     * @param copyright   copyright line
     * @param language    feed language, or {@code null}
     * @param limit       most recent posts in a feed; {@link #ALL} for every post
     */
    public record Feed(Set<FeedType> types, String title, String description, String copyright, String language,
                       int limit) {
        public Feed {
            // In the enum's order, not Set.copyOf's, whose order changes from run to run: the configuration's text
            // keys the build cache, which a different order would throw away on every build.
            EnumSet<FeedType> ordered = EnumSet.noneOf(FeedType.class);
            ordered.addAll(types);
            types = Collections.unmodifiableSet(ordered);
        }
    }
}
