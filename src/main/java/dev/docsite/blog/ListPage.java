package dev.docsite.blog;

import java.util.List;

/**
 * One page of a paginated list of posts (the blog's list, a tag's, an author's), as Docusaurus's
 * {@code paginateBlogPosts} cuts it: the first page at the list's URL, the next ones at
 * {@code <url>/<pageBasePath>/<n>}.
 *
 * @param url         site-relative URL ({@code blog/page/2/})
 * @param number      1-based page number
 * @param total       number of pages of the list
 * @param posts       the posts shown, newest first
 * @param previousUrl the page before (newer posts), or {@code null}
 * @param nextUrl     the page after (older posts), or {@code null}
 */
public record ListPage(String url, int number, int total, List<BlogPost> posts, String previousUrl, String nextUrl) {

    public ListPage {
        posts = List.copyOf(posts);
    }
}
