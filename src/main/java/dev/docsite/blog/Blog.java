package dev.docsite.blog;

import dev.docsite.docusaurus.BlogOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * One blog instance, built: its posts and every page Docusaurus's {@code routes.ts} makes for them.
 *
 * @param options     the instance's options
 * @param posts       every post, newest first ({@code sortPosts: 'ascending'}: oldest first)
 * @param listed      the posts that list pages, tag pages, the archive, the sidebar and the feeds show (not the
 *                    unlisted ones), in the same order
 * @param listPages   the paginated list of the listed posts (at least one page, at the blog's URL), none for a
 *                    blog without posts (Docusaurus then adds no route for it)
 * @param tags        each tag with its paginated list, in order of first use; empty when no post has tags
 * @param tagsUrl     the tags index, or {@code null} when no post has tags
 * @param archiveUrl  the archive, or {@code null} ({@code archiveBasePath: null}, or no listed post)
 * @param authors     every author of the authors map with the posts listing them, in map order
 * @param authorsUrl  the authors index, or {@code null} when the blog has no authors map
 */
public record Blog(BlogOptions options, List<BlogPost> posts, List<BlogPost> listed, List<ListPage> listPages, List<TagPages> tags,
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

    public Blog {
        posts = List.copyOf(posts);
        listed = List.copyOf(listed);
        listPages = List.copyOf(listPages);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }

    /** The recent posts of the blog sidebar ({@code blogSidebarCount}). */
    public List<BlogPost> sidebar() {
        return listed.subList(0, Math.min(listed.size(), options.blogSidebarCount()));
    }

    /** The listed post shown before {@code post} (newer), or {@code null}; none for an unlisted post. */
    public BlogPost newer(BlogPost post) {
        return neighbour(post, -1);
    }

    /** The listed post shown after {@code post} (older), or {@code null}; none for an unlisted post. */
    public BlogPost older(BlogPost post) {
        return neighbour(post, 1);
    }

    private BlogPost neighbour(BlogPost post, int step) {
        if (!post.listed()) {
            return null;
        }
        // By identity: a post's record holds its whole page, too costly to compare field by field.
        int at = 0;
        while (at < posts.size() && posts.get(at) != post) {
            at++;
        }
        for (int i = at + step; i >= 0 && i < posts.size(); i += step) {
            if (posts.get(i).listed()) {
                return posts.get(i);
            }
        }
        return null;
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
