package dev.docsite.blog;

import dev.docsite.content.Page;
import dev.docsite.markdown.BodyTemplate;
import dev.docsite.markdown.Heading;
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

    /**
     * The summary cut from the post's body template, as parsing {@link PostText#summary} alone would give it; or
     * {@code null} when it cannot be cut (see {@link BodyTemplate#part}), the body template was not kept, or
     * removing the content title changes the ids of the headings after it (a {@code ## Title} below a
     * {@code # Title} is {@code title-1} in the post and {@code title} in its summary): then parse the summary.
     */
    public BodyTemplate summaryPart() {
        return summaryPart(page.bodyTemplate());
    }

    /**
     * The summary cut from {@code body}, the post's body template (its page's, or the one its page was parsed again
     * to when it was not kept); {@code null} as for {@link #summaryPart()}.
     */
    public BodyTemplate summaryPart(BodyTemplate body) {
        if (body == null) {
            return null;
        }
        if (text.hasContentTitle()) {
            List<Heading> headings = page.outline().headings();
            String titleId = headings.isEmpty() || headings.get(0).level() != 1 ? null : headings.get(0).id();
            if (titleId == null || headings.stream().skip(1).anyMatch(h -> h.id().equals(titleId)
                    || h.id().startsWith(titleId + "-"))) {
                return null;
            }
        }
        return body.part(text.summaryFrom(), text.summaryTo());
    }
}
