package dev.docsite.blog;

import dev.docsite.content.BlogFileName;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceReader;
import dev.docsite.docusaurus.BlogOptions;
import dev.docsite.docusaurus.ReportingSeverity;
import dev.docsite.frontmatter.FrontMatterParser;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds one {@link Blog} from its options and its posts' pages, as Docusaurus's blog plugin loads its content
 * ({@code blogUtils.ts}, {@code routes.ts}), and reports what the plugin reports.
 */
final class BlogReader {

    private final BlogOptions options;
    private final Function<java.nio.file.Path, String> display;
    private final List<Problem> problems;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final SourceReader reader = new SourceReader();

    private BlogReader(BlogOptions options, Function<java.nio.file.Path, String> display, List<Problem> problems) {
        this.options = options;
        this.display = display;
        this.problems = problems;
    }

    /** @param pages the pages of the blog's content root, in path order */
    static Blog read(BlogOptions options, List<Page> pages, Function<java.nio.file.Path, String> display,
                     List<Problem> problems) {
        return new BlogReader(options, display, problems).read(pages);
    }

    private Blog read(List<Page> pages) {
        AuthorsMap authorsMap = AuthorsMap.NONE;
        TagsFile tagsFile = TagsFile.NONE;
        try {
            authorsMap = AuthorsMap.read(options);
        } catch (DataFile.Unreadable e) {
            problems.add(Problem.error(ProblemCode.BLOG, display.apply(options.path().resolve(options.authorsMapPath())),
                    0, 0, e.getMessage()));
        }
        try {
            tagsFile = TagsFile.read(options);
        } catch (DataFile.Unreadable e) {
            problems.add(Problem.error(ProblemCode.BLOG, display.apply(options.path().resolve(options.tagsFile())),
                    0, 0, e.getMessage()));
        }
        AuthorsMap authorsRead = authorsMap;
        TagsFile tagsRead = tagsFile;
        // Each post is read on its own (its file again for the summary, dates, authors, tags, words): in parallel, the
        // problems kept per post and added in path order.
        List<ReadPost> read = ParallelMap.map(pages, page -> {
            List<Problem> own = new ArrayList<>(0);
            return new ReadPost(post(page, authorsRead, tagsRead, own), own);
        });
        List<BlogPost> posts = new ArrayList<>();
        for (ReadPost r : read) {
            problems.addAll(r.problems());
            if (r.post() != null) {
                posts.add(r.post());
            }
        }
        Comparator<BlogPost> newestFirst = Comparator.comparing(BlogPost::date, Comparator.reverseOrder());
        posts.sort(options.ascending() ? newestFirst.reversed() : newestFirst);
        reportUntruncated(posts);
        return assemble(posts, authorsMap);
    }

    /** A post as read ({@code null} when its file cannot be read) and the problems reading it gave. */
    private record ReadPost(BlogPost post, List<Problem> problems) {
    }

    private BlogPost post(Page page, AuthorsMap authorsMap, TagsFile tagsFile, List<Problem> problems) {
        String file = page.source().displayPath();
        String text;
        try {
            text = reader.read(page.source().path());
        } catch (SourceReader.UnreadableSourceException e) {
            return null; // the page loader reported it
        }
        var fm = page.frontMatter();
        BlogFileName name = BlogFileName.parse(page.source().relPath());
        Instant date;
        try {
            date = PostDate.of(fm.all().get("date"), name, page.source().path());
        } catch (PostDate.Invalid e) {
            problems.add(Problem.error(ProblemCode.BLOG, file, fm.lineOf("date"), 1, e.getMessage()));
            date = Instant.EPOCH;
        }
        List<Author> authors = List.of();
        try {
            authors = PostAuthors.of(fm, authorsMap);
        } catch (PostAuthors.Invalid e) {
            problems.add(Problem.error(ProblemCode.BLOG, file, fm.lineOf(fm.all().containsKey("authors") ? "authors"
                    : "author"), 1, e.getMessage()));
        }
        if (authorsMap.exists() && authors.stream().anyMatch(a -> a.key() == null)) {
            report(problems, options.onInlineAuthors(), file, fm.lineOf("authors"), "some authors of this post are not"
                    + " defined in the authors map: " + String.join(", ", authors.stream().filter(a -> a.key() == null)
                    .map(Author::label).toList()) + "; add them to " + options.authorsMapPath() + " and name them by"
                    + " key (or set onInlineAuthors: 'ignore')");
        }
        List<Tag> tags = tagsFile.of(fm.all().get("tags"), options);
        if (tagsFile.exists() && tags.stream().anyMatch(Tag::inline)) {
            report(problems, options.onInlineTags(), file, fm.lineOf("tags"), "tags not declared in " + options.tagsFile()
                    + ": " + String.join(", ", tags.stream().filter(Tag::inline).map(Tag::label).toList())
                    + "; declare them there (or set onInlineTags: 'ignore')");
        }
        PostText postText = PostText.of(frontMatter.bodyOf(text));
        String title = fm.title() != null ? fm.title()
                : PageLoader.startsWithH1(page.outline()) ? page.title() : name.text();
        String description = fm.description() != null ? fm.description() : postText.excerpt();
        return new BlogPost(page, date, title, description, authors, tags, postText);
    }

    private void reportUntruncated(List<BlogPost> posts) {
        List<String> files = posts.stream().filter(p -> !p.text().truncated()).map(p -> p.page().source().displayPath())
                .toList();
        if (!files.isEmpty()) {
            report(problems, options.onUntruncatedBlogPosts(), display.apply(options.path()), 0, files.size()
                    + " blog post(s) without a truncation marker show whole on the list pages: " + firstFew(files)
                    + "; add <!-- truncate --> (or {/* truncate */} in MDX) after the summary, or set"
                    + " onUntruncatedBlogPosts: 'ignore'");
        }
    }

    /** A few of many files: the warning stays one readable line on a blog of hundreds of posts. */
    private static String firstFew(List<String> files) {
        int shown = Math.min(files.size(), 5);
        String names = String.join(", ", files.subList(0, shown));
        return shown == files.size() ? names : names + " and " + (files.size() - shown) + " more";
    }

    private static void report(List<Problem> problems, ReportingSeverity severity, String file, int line,
                               String message) {
        switch (severity) {
            case IGNORE -> { }
            case LOG, WARN -> problems.add(Problem.warning(ProblemCode.BLOG, file, line, line > 0 ? 1 : 0, message));
            case THROW -> problems.add(Problem.error(ProblemCode.BLOG, file, line, line > 0 ? 1 : 0, message));
        }
    }

    private Blog assemble(List<BlogPost> posts, AuthorsMap authorsMap) {
        List<BlogPost> listed = posts.stream().filter(BlogPost::listed).toList();
        String base = BlogUrls.join(options.routeBasePath());
        // As Docusaurus's loadContent: a blog without posts has no list, tag or archive page.
        List<ListPage> listPages = posts.isEmpty() ? List.of()
                : Pagination.paginate(listed, base, options.postsPerPage(), options.pageBasePath());
        Map<String, Tag> tagsByUrl = new LinkedHashMap<>();
        Map<String, List<BlogPost>> tagged = new LinkedHashMap<>();
        for (BlogPost post : posts) {
            for (Tag tag : post.tags()) {
                tagsByUrl.putIfAbsent(tag.url(), tag);
                List<BlogPost> list = tagged.computeIfAbsent(tag.url(), k -> new ArrayList<>());
                // A tag written twice in one post lists it once (posts come one after the other: compare the last).
                if (post.listed() && (list.isEmpty() || list.get(list.size() - 1) != post)) {
                    list.add(post);
                }
            }
        }
        List<Blog.TagPages> tags = new ArrayList<>();
        tagsByUrl.forEach((url, tag) -> tags.add(new Blog.TagPages(tag, tagged.get(url).size(),
                Pagination.paginate(tagged.get(url), url, options.postsPerPage(), options.pageBasePath()))));
        List<Blog.AuthorPages> authors = new ArrayList<>();
        for (Author author : authorsMap.authors().values()) {
            List<BlogPost> theirs = listed.stream()
                    .filter(p -> p.authors().stream().anyMatch(a -> author.key().equals(a.key()))).toList();
            authors.add(new Blog.AuthorPages(author, theirs.size(), author.pageUrl() == null ? List.of()
                    // As routes.ts does: an author's later pages are under authorsBasePath, not pageBasePath.
                    : Pagination.paginate(theirs, author.pageUrl(), options.postsPerPage(), options.authorsBasePath())));
        }
        return new Blog(options, posts, listed, listPages, tags, tags.isEmpty() ? null
                : BlogUrls.join(options.routeBasePath(), options.tagsBasePath()),
                options.archiveBasePath() != null && !listed.isEmpty()
                        ? BlogUrls.join(options.routeBasePath(), options.archiveBasePath()) : null,
                authors, authorsMap.exists() ? BlogUrls.join(options.routeBasePath(), options.authorsBasePath()) : null);
    }
}
