package dev.docsite.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the blog templates ({@code blog-*.ftlh}) show, as records; every URL is relative to the page showing it.
 * Text is escaped by the templates; only {@code summaryHtml} and {@code intro} are HTML.
 */
public final class BlogViews {

    private BlogViews() {
    }

    /** A link with a label: a post in the sidebar or the previous/next links. */
    public record Link(String label, String url) {
    }

    /** A post of the blog sidebar; {@code active} on the post's own page. */
    public record SidebarPost(String title, String url, boolean active) {
    }

    /** The blog sidebar: {@code blogSidebarTitle} and the recent posts. */
    public record Sidebar(String title, List<SidebarPost> posts) {
    }

    /** A post's author; {@code link} is its page on this site if it has one, else its {@code url}. */
    public record Author(String name, String title, String link, String imageUrl) {
    }

    /** A tag of a post, or of the tags index with its number of posts. */
    public record Tag(String label, String url, int count) {
    }

    /**
     * A post as its page and the lists show it.
     *
     * @param isoDate     {@code 2026-06-22}
     * @param date        {@code June 22, 2026}
     * @param readingTime {@code 3 min read}, or {@code null} when {@code showReadingTime} is off
     * @param summaryHtml the text up to the truncation marker (lists only; {@code ""} on the post's page)
     * @param truncated   whether the post has more than its summary ("Read more")
     */
    public record Post(String title, String url, String isoDate, String date, String readingTime,
                       List<Author> authors, List<Tag> tags, String summaryHtml, boolean truncated) {
    }

    /**
     * What a post's page shows under its text ({@code blog-post.ftlh}'s "footer" part): its tags, then
     * {@code editUrl} and {@code lastUpdate}, then the newer and older post; each may be {@code null}.
     */
    public record PostFooter(Post post, Link newer, Link older, String editUrl, LastUpdateView lastUpdate) {

        /** The template's {@code blog}: {@code part} "footer" and the values present. */
        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>(Map.of("part", "footer", "post", post));
            if (newer != null) {
                model.put("newer", newer);
            }
            if (older != null) {
                model.put("older", older);
            }
            if (editUrl != null) {
                model.put("editUrl", editUrl);
            }
            if (lastUpdate != null) {
                model.put("lastUpdate", lastUpdate);
            }
            return model;
        }
    }

    /**
     * A list page: an optional intro (a tag's or author's heading), its posts, each post as {@code blog-post-item.ftlh}
     * drew it ({@code cards}, in the same order), and the pages around it.
     */
    public record ListPage(String intro, List<Post> posts, List<String> cards, String newerUrl, String olderUrl) {
    }

    /** An entry of the archive: a post's date and title. */
    public record ArchivePost(String label, String url, String isoDate, String date) {
    }

    /** The archive's posts of one year, newest first. */
    public record Year(String year, List<ArchivePost> posts) {
    }

    /**
     * The tags index ({@code kind} {@code tags}: {@code links} are tags), the archive ({@code archive}: {@code years})
     * or the authors index ({@code authors}: {@code links} are authors, without URL when they have no page).
     */
    public record Index(String kind, List<Tag> links, List<Year> years) {
    }
}
