package dev.docsite.blog;

import dev.docsite.docusaurus.BlogOptions;
import java.util.ArrayList;
import java.util.List;

/** Docusaurus's {@code paginateBlogPosts}: always at least one page, even for no posts. */
final class Pagination {

    private Pagination() {
    }

    /**
     * @param baseUrl      the first page's URL ({@code blog/}, {@code blog/tags/x/})
     * @param postsPerPage posts per page, {@link BlogOptions#ALL} for one page
     * @param pageBasePath the segment before the page number
     */
    static List<ListPage> paginate(List<BlogPost> posts, String baseUrl, int postsPerPage, String pageBasePath) {
        int perPage = postsPerPage == BlogOptions.ALL ? Math.max(1, posts.size()) : postsPerPage;
        int pages = Math.max(1, (posts.size() + perPage - 1) / perPage);
        List<ListPage> out = new ArrayList<>(pages);
        for (int page = 0; page < pages; page++) {
            out.add(new ListPage(url(baseUrl, pageBasePath, page), page + 1, pages,
                    posts.subList(Math.min(posts.size(), page * perPage), Math.min(posts.size(), (page + 1) * perPage)),
                    page > 0 ? url(baseUrl, pageBasePath, page - 1) : null,
                    page < pages - 1 ? url(baseUrl, pageBasePath, page + 1) : null));
        }
        return out;
    }

    private static String url(String baseUrl, String pageBasePath, int page) {
        return page == 0 ? baseUrl : BlogUrls.join(baseUrl, pageBasePath, Integer.toString(page + 1));
    }
}
