package dev.docsite.blog;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.BlogOptions;
import dev.docsite.problem.Problem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every blog of a site, built from the pages of its {@code BLOG} content roots, and what building them reported.
 * A {@code site.yml} site has none.
 *
 * @param blogs    in configuration order
 * @param problems authors, tags, dates and truncation, as Docusaurus's blog plugin reports them
 */
public record Blogs(List<Blog> blogs, List<Problem> problems) {

    public static final Blogs NONE = new Blogs(List.of(), List.of());

    public Blogs {
        blogs = List.copyOf(blogs);
        problems = List.copyOf(problems);
    }

    /** @param pages every page of the site, in index order */
    public static Blogs of(SiteConfig config, List<Page> pages) {
        if (config.blogs().isEmpty()) {
            return NONE;
        }
        List<Blog> blogs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (BlogOptions options : config.blogs()) {
            List<Page> posts = pages.stream().filter(p -> p.source().root().kind() == ContentRoot.Kind.BLOG
                    && p.source().root().pluginId().equals(options.id())).toList();
            blogs.add(BlogReader.read(options, posts, config::display, problems));
        }
        return new Blogs(blogs, problems);
    }

    /** Every page URL the blogs generate (list, tag, archive and author pages), for the link check. */
    public List<String> generatedUrls() {
        List<String> urls = new ArrayList<>();
        blogs.forEach(blog -> urls.addAll(blog.generatedUrls()));
        return urls;
    }

    /**
     * What each blog's pages show of its posts, in order (URL, title, date, authors, tags, listed): when it changes,
     * posts other than the edited one must be drawn again (their sidebar, newer and older post).
     */
    public List<List<Shown>> shown() {
        return blogs.stream().map(blog -> blog.posts().stream().map(p -> new Shown(p.url(), p.title(), p.date(),
                p.authors(), p.tags(), p.listed())).toList()).toList();
    }

    /** What other pages show of a post. */
    public record Shown(String url, String title, java.time.Instant date, List<Author> authors, List<Tag> tags,
                        boolean listed) {
    }

    /**
     * Each post by its page, the very {@code Page} of the site's pages (by identity: a page record's hash walks its
     * whole outline and frontmatter, and every page rendered asks whether it is a post).
     */
    public Map<Page, PostInBlog> posts() {
        Map<Page, PostInBlog> posts = new IdentityHashMap<>();
        for (Blog blog : blogs) {
            blog.posts().forEach(post -> posts.put(post.page(), new PostInBlog(blog, post)));
        }
        return posts;
    }

    /** A post and the blog it belongs to. */
    public record PostInBlog(Blog blog, BlogPost post) {
    }
}
