package dev.docsite.site;

import dev.docsite.blog.Author;
import dev.docsite.blog.Blog;
import dev.docsite.blog.BlogPost;
import dev.docsite.blog.Blogs;
import dev.docsite.blog.ListPage;
import dev.docsite.blog.Tag;
import dev.docsite.links.UrlText;
import dev.docsite.markdown.BodyTemplate;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.templates.BlogViews;
import dev.docsite.templates.LastUpdateView;
import dev.docsite.templates.PageView;
import dev.docsite.templates.ThemeRenderer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6 for blogs: a post's page around its text (date, authors, reading time, tags, newer and older post, the blog
 * sidebar) and the pages a blog generates (list, tag and author pages with each post's summary, the tags index, the
 * archive, the authors index), drawn with the theme's {@code page.ftlh} and the {@code blog-*.ftlh} parts.
 * Thread-safe.
 */
final class BlogPageRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** A relative {@code href}/{@code src} in a summary: relative to its post, rebased onto the list page. */
    private static final Pattern RELATIVE_URL = Pattern.compile("(\\s(?:href|src)=\")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/)([^\"]*)\"");

    private final PageRenderer pages;
    private final MarkdownEngine markdown;
    private final ThemeRenderer theme;
    private final Map<dev.docsite.content.Page, Blogs.PostInBlog> posts;
    /** Each post's summary HTML by post URL (a post record's hash would walk its whole page). */
    private final Map<String, String> summaries = new ConcurrentHashMap<>();
    /**
     * Each post as a list shows it, by post URL and the root of the list page: the blog's list, tag and author pages
     * at one folder depth share it (a post is on one list page, on each of its tags' pages and on its authors').
     */
    private final Map<String, Card> cards = new ConcurrentHashMap<>();
    /** The blog sidebar by blog, root and current post: posts at the same depth share it unless they are in it. */
    private final Map<String, String> sidebars = new ConcurrentHashMap<>();

    BlogPageRenderer(PageRenderer pages, MarkdownEngine markdown, ThemeRenderer theme) {
        this.pages = pages;
        this.markdown = markdown;
        this.theme = theme;
        this.posts = pages.model().blogs().posts();
    }

    /** The post {@code page} is, or {@code null} when it is no blog post. */
    Blogs.PostInBlog postOf(dev.docsite.content.Page page) {
        return posts.get(page);
    }

    /**
     * Frames a post's rendered {@code body} on its page: header, then tags, {@code editUrl} and {@code lastUpdate}
     * (either may be {@code null}) and newer/older post in Docusaurus's order, and the blog sidebar. The page's own
     * edit link and last update are taken off the view: the post's footer shows them.
     */
    void framePost(Blogs.PostInBlog in, String body, String editUrl, LastUpdateView lastUpdate,
                   PageView.Builder view) {
        BlogPost post = in.post();
        String root = post.page().root();
        BlogViews.Post shown = post(in.blog(), post, root, "");
        BlogPost newer = in.blog().newer(post);
        BlogPost older = in.blog().older(post);
        BlogViews.PostFooter footer = new BlogViews.PostFooter(shown,
                newer == null ? null : new BlogViews.Link(newer.title(), rel(root, newer.url())),
                older == null ? null : new BlogViews.Link(older.title(), rel(root, older.url())),
                editUrl == null || editUrl.isEmpty() ? null : editUrl, lastUpdate);
        var site = pages.model().siteView();
        view.title(post.title())
                .contentHtml(theme.renderPostHeader(site, shown) + body + theme.renderPostFooter(site, footer))
                .tags(List.of())
                .breadcrumbs(List.of())
                .previous(null)
                .next(null)
                .editUrl(null)
                .lastUpdate(null)
                .sidebar(List.of())
                .sidebarHtml(sidebar(in.blog(), root, post.url()));
    }

    /** A page of a paginated list (the blog's, a tag's, an author's), {@code intro} above the posts. */
    RenderedPage renderList(Blog blog, ListPage list, String title, String intro, boolean preview) {
        String root = root(list.url());
        List<Card> shown = list.posts().stream().map(p -> card(blog, p, root)).toList();
        String content = theme.renderPart("blog-list.ftlh", pages.model().siteView(), new BlogViews.ListPage(intro,
                shown.stream().map(Card::post).toList(), shown.stream().map(Card::html).toList(),
                list.previousUrl() == null ? null : rel(root, list.previousUrl()),
                list.nextUrl() == null ? null : rel(root, list.nextUrl())));
        return page(blog, list.url(), title, blog.options().blogDescription(), content, preview);
    }

    /** A post on a list page whose root is {@code root}: its view and its {@code blog-post-item.ftlh} HTML. */
    private record Card(BlogViews.Post post, String html) {
    }

    private Card card(Blog blog, BlogPost post, String root) {
        return cards.computeIfAbsent(post.url() + '\0' + root, key -> {
            BlogViews.Post shown = post(blog, post, root, rebase(summary(post), post.url(), root));
            return new Card(shown, theme.renderPart("blog-post-item.ftlh", pages.model().siteView(), shown));
        });
    }

    /** The tags index, the archive or the authors index. */
    RenderedPage renderIndex(Blog blog, String url, String title, BlogViews.Index index, boolean preview) {
        return page(blog, url, title, blog.options().blogDescription(),
                theme.renderPart("blog-index.ftlh", pages.model().siteView(), index), preview);
    }

    /** The tags of {@code blog} with their post counts, as links from {@code url}. */
    static List<BlogViews.Tag> tagLinks(Blog blog, String url) {
        return blog.tags().stream().map(t -> new BlogViews.Tag(t.tag().label(), rel(root(url), t.tag().url()),
                t.count())).toList();
    }

    static String longDate(java.time.Instant date) {
        java.time.LocalDate day = date.atZone(ZoneOffset.UTC).toLocalDate();
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            return day.format(LONG_DATE);
        }
        // What LONG_DATE writes for four-digit years, without its formatter's cost on every card and page.
        return MONTHS[day.getMonthValue() - 1] + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    static String isoDate(java.time.Instant date) {
        return date.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The relative prefix leading from the page at {@code url} to the site root. */
    static String root(String url) {
        int depth = (int) url.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    static String rel(String root, String target) {
        return root + UrlText.encodePath(target);
    }

    private RenderedPage page(Blog blog, String url, String title, String description, String content,
                              boolean preview) {
        String root = root(url);
        var config = pages.model().config();
        PageView view = pages.withChrome(PageView.builder(), null, root)
                .root(root)
                .url(url)
                .canonicalUrl(config.url() == null ? null : config.url() + config.baseUrl() + UrlText.encodePath(url))
                .title(title)
                .description(description)
                .contentHtml(content)
                .hideToc(true)
                .sidebarHtml(sidebar(blog, root, null))
                .preview(preview)
                .build();
        return RenderedPage.whole(theme.renderPage(pages.model().siteView(), view));
    }

    private String sidebar(Blog blog, String root, String currentUrl) {
        List<BlogPost> recent = blog.sidebar();
        if (recent.isEmpty()) {
            return null;
        }
        String current = recent.stream().anyMatch(p -> p.url().equals(currentUrl)) ? currentUrl : "";
        return sidebars.computeIfAbsent(blog.options().id() + '\0' + root + '\0' + current, key -> theme.renderPart("blog-sidebar.ftlh", pages.model().siteView(), Map.of("sidebar",
                new BlogViews.Sidebar(blog.options().blogSidebarTitle(), recent.stream().map(p -> new BlogViews.SidebarPost(
                        p.title(), rel(root, p.url()), p.url().equals(currentUrl))).toList()))));
    }

    private static BlogViews.Post post(Blog blog, BlogPost post, String root, String summaryHtml) {
        return new BlogViews.Post(post.title(), rel(root, post.url()), isoDate(post.date()), longDate(post.date()),
                blog.options().showReadingTime() ? post.text().readingMinutes() + " min read" : null,
                post.authors().stream().map(a -> author(a, root)).toList(),
                post.tags().stream().map(t -> tag(t, root)).toList(), summaryHtml, post.text().truncated());
    }

    private static BlogViews.Author author(Author author, String root) {
        String link = author.pageUrl() != null ? rel(root, author.pageUrl()) : sitePath(author.url(), root);
        return new BlogViews.Author(author.name(), author.title(), link, sitePath(author.imageUrl(), root));
    }

    private static BlogViews.Tag tag(Tag tag, String root) {
        return new BlogViews.Tag(tag.label(), rel(root, tag.url()), 0);
    }

    /** A site path written as {@code /img/a.png} made relative like every internal URL; others as written. */
    private static String sitePath(String url, String root) {
        return url != null && url.startsWith("/") && !url.startsWith("//") ? root + url.substring(1) : url;
    }

    /** The post's whole text as HTML with absolute URLs from {@code siteUrl}, for the feeds. */
    String feedHtml(BlogPost post, String siteUrl) {
        var page = post.page();
        var body = page.bodyTemplate() != null ? page.bodyTemplate()
                : markdown.prepare(page.body(), TemplateBudget.sourceOf(page, pages.model().config())).body();
        return rebase(pages.renderFragment(page, body), post.url(), siteUrl);
    }

    /**
     * Keeps the summary of a post whose body template was not kept (taken from the build cache, or beyond the
     * template budget), cut from {@code body}, the template its page was just parsed again to: the lists showing the
     * post then need not parse its summary.
     */
    void keepSummary(BlogPost post, BodyTemplate body) {
        summaries.computeIfAbsent(post.url(), url -> {
            BodyTemplate cut = post.summaryPart(body);
            return cut == null ? null : pages.renderFragment(post.page(), cut);
        });
    }

    /** The post's summary rendered with its links as the link check resolved them, relative to the post. */
    private String summary(BlogPost post) {
        return summaries.computeIfAbsent(post.url(), url -> {
            BodyTemplate cut = post.summaryPart();
            return pages.renderFragment(post.page(), cut != null ? cut : markdown.prepare(post.text().summary(),
                    TemplateBudget.sourceOf(post.page(), pages.model().config())).body());
        });
    }

    /** {@code html}'s relative URLs, written from the post at {@code postUrl}, made relative to {@code root}. */
    static String rebase(String html, String postUrl, String root) {
        Matcher m = RELATIVE_URL.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(2);
            String rebased = url.startsWith("#") ? root + postUrl + url
                    : root + dev.docsite.web.UrlPath.segments(postUrl + url) + (url.endsWith("/") ? "/" : "");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rebased + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
