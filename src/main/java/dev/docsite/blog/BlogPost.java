package dev.docsite.blog;

import dev.docsite.content.Page;
import java.time.Instant;
import java.util.List;

/**
 * One post of a blog: its page (URL, body, outline, links checked like any page's) and what the blog shows of it.
 *
 * @param page        the post's page
 * @param date        frontmatter {@code date}, else the file name's date, else the file's creation time (UTC)
 * @param title       frontmatter {@code title}, else the content title, else the file name's text
 * @param description frontmatter {@code description}, else the first paragraph
 * @param authors     in frontmatter order
 * @param tags        in frontmatter order
 * @param text        truncation, summary and word count
 */
public record BlogPost(Page page, Instant date, String title, String description, List<Author> authors,
                       List<Tag> tags, PostText text) {

    public BlogPost {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** Site-relative URL ({@code blog/2026/06/22/launch/}). */
    public String url() {
        return page.url();
    }

    /** Unlisted posts are built but left out of list, tag, author and archive pages, the sidebar and the feeds. */
    public boolean listed() {
        return page.listed();
    }
}
