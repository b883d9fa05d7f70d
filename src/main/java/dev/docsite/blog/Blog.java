package dev.docsite.blog;

import dev.docsite.docusaurus.BlogOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * One blog instance, built: its posts and every page Docusaurus's {@code routes.ts} makes for them.
 *
 * @param options     the instance's options
 * @param posts       every post, newest first ({@code sortPosts: 'ascending'}: oldest first)
 * @param listPages   the paginated list of the listed posts (at least one page, at the blog's URL), none for a
 *                    blog without posts (Docusaurus then adds no route for it)
 * @param tags        each tag with its paginated list, in order of first use; empty when no post has tags
 * @param tagsUrl     the tags index, or {@code null} when no post has tags
 * @param archiveUrl  the archive, or {@code null} ({@code archiveBasePath: null}, or no listed post)
 * @param authors     every author of the authors map with the posts listing them, in map order
 * @param authorsUrl  the authors index, or {@code null} when the blog has no authors map
 */
public record Blog(BlogOptions options, List<BlogPost> posts, List<ListPage> listPages, List<TagPages> tags,
                   String tagsUrl, String archiveUrl, List<AuthorPages> authors, String authorsUrl) {

    /** A tag and the pages listing its posts. */
    public record TagPages(Tag tag, int count, List<ListPage> pages) {
    }

    /** An author of the authors map: its listed posts' count and, when it has a page, the pages listing them. */
    public record AuthorPages(Author author, int count, List<ListPage> pages) {
    }

    /** The blog's own URL ({@code blog/}). */
    public String url() {
        return BlogUrls.join(options.routeBasePath());
    }

    /** The posts that list pages, tag pages, the archive, the sidebar and the feeds show. */
    public List<BlogPost> listed() {
        return posts.stream().filter(BlogPost::listed).toList();
    }

    /** The recent posts of the blog sidebar ({@code blogSidebarCount}). */
    public List<BlogPost> sidebar() {
        List<BlogPost> listed = listed();
        return listed.subList(0, Math.min(listed.size(), options.blogSidebarCount()));
    }

    /** The listed post shown before {@code post} (newer), or {@code null}. */
    public BlogPost newer(BlogPost post) {
        List<BlogPost> listed = listed();
        int at = listed.indexOf(post);
        return at > 0 ? listed.get(at - 1) : null;
    }

    /** The listed post shown after {@code post} (older), or {@code null}. */
    public BlogPost older(BlogPost post) {
        List<BlogPost> listed = listed();
        int at = listed.indexOf(post);
        return at >= 0 && at < listed.size() - 1 ? listed.get(at + 1) : null;
    }

    /** Every URL of a page the blog generates (not the posts'), in Docusaurus's route order. */
    public List<String> generatedUrls() {
        List<String> urls = new ArrayList<>();
        listPages.forEach(p -> urls.add(p.url()));
        if (tagsUrl != null) {
            urls.add(tagsUrl);
            tags.forEach(t -> t.pages().forEach(p -> urls.add(p.url())));
        }
        if (archiveUrl != null) {
            urls.add(archiveUrl);
        }
        if (authorsUrl != null) {
            urls.add(authorsUrl);
            authors.forEach(a -> a.pages().forEach(p -> urls.add(p.url())));
        }
        return urls;
    }
}
