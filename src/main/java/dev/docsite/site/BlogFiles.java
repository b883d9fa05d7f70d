package dev.docsite.site;

import dev.docsite.blog.Blog;
import dev.docsite.blog.BlogFeeds;
import dev.docsite.blog.ListPage;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.templates.BlogViews;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files each blog adds to the site (its posts are Markdown pages, listed with the others): the paginated list,
 * the tags index and tag pages, the archive, the authors index and author pages, and the feeds, at the routes
 * Docusaurus's blog plugin gives them.
 */
final class BlogFiles {

    private BlogFiles() {
    }

    static void addTo(SiteAssembly.Builder site) {
        var model = site.model();
        // The feeds hold each post's whole HTML: a renderer is made for them only when a feed is first written.
        Memo<PageRenderer> feedRenderer = new Memo<>(() -> new PageRenderer(model, new MarkdownEngine(), site.theme()));
        for (Blog blog : model.blogs().blogs()) {
            String title = blog.options().blogTitle();
            for (ListPage list : blog.listPages()) {
                page(site, list.url(), (r, preview) -> r.blogs().renderList(blog, list, title, null, preview));
            }
            if (blog.tagsUrl() != null) {
                page(site, blog.tagsUrl(), (r, preview) -> r.blogs().renderIndex(blog, blog.tagsUrl(), "Tags",
                        new BlogViews.Index("tags", BlogPageRenderer.tagLinks(blog, blog.tagsUrl()), List.of()), preview));
                for (Blog.TagPages tag : blog.tags()) {
                    String heading = (tag.count() == 1 ? "One post" : tag.count() + " posts") + " tagged with \""
                            + tag.tag().label() + "\"";
                    for (ListPage list : tag.pages()) {
                        page(site, list.url(), (r, preview) -> r.blogs().renderList(blog, list, heading,
                                intro(heading, tag.tag().description(), list, blog.tagsUrl(), "View all tags"), preview));
                    }
                }
            }
            if (blog.archiveUrl() != null) {
                page(site, blog.archiveUrl(), (r, preview) -> r.blogs().renderIndex(blog, blog.archiveUrl(), "Archive",
                        new BlogViews.Index("archive", List.of(), years(blog)), preview));
            }
            if (blog.authorsUrl() != null) {
                page(site, blog.authorsUrl(), (r, preview) -> r.blogs().renderIndex(blog, blog.authorsUrl(), "Authors",
                        new BlogViews.Index("authors", authorLinks(blog), List.of()), preview));
                for (Blog.AuthorPages author : blog.authors()) {
                    String name = author.author().label();
                    for (ListPage list : author.pages()) {
                        page(site, list.url(), (r, preview) -> r.blogs().renderList(blog, list, name,
                                intro(name, author.author().title(), list, blog.authorsUrl(), "View all authors"),
                                preview));
                    }
                }
            }
            String siteUrl = (model.config().url() == null ? "" : model.config().url()) + model.config().baseUrl();
            // Each feed shows the same posts: their HTML is made once for all three.
            Map<String, String> feedHtml = new ConcurrentHashMap<>();
            BlogFeeds feeds = new BlogFeeds(blog, model.config().title(), siteUrl, post -> feedHtml.computeIfAbsent(
                    post.url(), url -> feedRenderer.get().blogs().feedHtml(post, siteUrl)));
            for (BlogFeeds.FeedFile feed : BlogFeeds.files(blog)) {
                site.generated(feed.path(), () -> new ByteBuffer[] {ByteBuffer.wrap(feeds.write(feed.type()))});
            }
        }
    }

    @FunctionalInterface
    private interface Draw {
        RenderedPage draw(PageRenderer renderer, boolean preview);
    }

    private static void page(SiteAssembly.Builder site, String url, Draw draw) {
        site.add(new SiteFile.Rendered(url + "index.html", null, BlogPageRenderer.root(url),
                (renderer, problems, preview) -> draw.draw(renderer, preview)));
    }

    /** The heading of a tag's or author's list: its name, its description, and a link to all of them. */
    private static String intro(String heading, String description, ListPage list, String indexUrl, String indexLabel) {
        String root = BlogPageRenderer.root(list.url());
        return "<header class=\"blog-list-header\">"
                + (description != null ? "<p>" + dev.docsite.web.HtmlEscaper.escape(description) + "</p>" : "")
                + "<a href=\"" + dev.docsite.web.HtmlEscaper.escape(BlogPageRenderer.rel(root, indexUrl)) + "\">"
                + indexLabel + "</a></header>";
    }

    private static List<BlogViews.Year> years(Blog blog) {
        String root = BlogPageRenderer.root(blog.archiveUrl());
        Map<String, List<BlogViews.ArchivePost>> byYear = new LinkedHashMap<>();
        blog.listed().forEach(post -> byYear.computeIfAbsent(BlogPageRenderer.isoDate(post.date()).substring(0, 4),
                y -> new ArrayList<>()).add(new BlogViews.ArchivePost(post.title(),
                BlogPageRenderer.rel(root, post.url()), BlogPageRenderer.isoDate(post.date()),
                BlogPageRenderer.longDate(post.date()))));
        List<BlogViews.Year> years = new ArrayList<>();
        byYear.forEach((year, posts) -> years.add(new BlogViews.Year(year, posts)));
        return years;
    }

    private static List<BlogViews.Tag> authorLinks(Blog blog) {
        String root = BlogPageRenderer.root(blog.authorsUrl());
        return blog.authors().stream().map(a -> new BlogViews.Tag(a.author().label(), a.pages().isEmpty() ? null
                : BlogPageRenderer.rel(root, a.pages().get(0).url()), a.count())).toList();
    }
}
