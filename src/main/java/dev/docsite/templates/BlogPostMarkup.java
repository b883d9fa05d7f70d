package dev.docsite.templates;

import freemarker.core.HTMLOutputFormat;

/**
 * The markup of the built-in {@code blog-post.ftlh} (with the macros of {@code blog-post-meta.ftlh}) around a post's
 * text, written in Java: the same bytes for the same views ({@code BlogPostMarkupTest} renders both on every
 * combination of present and missing values). Two small Freemarker renderings per post were the largest part of what
 * a post's page costs beyond a docs page. {@link ThemeRenderer} uses it only while the site overrides neither
 * template. Text is escaped as the templates' HTML output format escapes it.
 */
final class BlogPostMarkup {

    private BlogPostMarkup() {
    }

    /** The "header" part: date, reading time and authors. */
    static String header(BlogViews.Post post) {
        StringBuilder out = new StringBuilder(256 + 200 * post.authors().size());
        out.append("<div class=\"blog-post-meta\"><time datetime=\"").append(escape(post.isoDate())).append("\">")
                .append(escape(post.date())).append("</time>");
        if (post.readingTime() != null) {
            out.append(" · ").append(escape(post.readingTime()));
        }
        out.append("</div>\n");
        if (!post.authors().isEmpty()) {
            out.append("<ul class=\"blog-authors\">\n");
            post.authors().forEach(author -> author(out, author));
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static void author(StringBuilder out, BlogViews.Author author) {
        out.append("<li class=\"blog-author\">");
        if (author.imageUrl() != null) {
            out.append("<img class=\"blog-author-image\" src=\"").append(escape(author.imageUrl())).append("\" alt=\"")
                    .append(author.name() == null ? "" : escape(author.name()))
                    .append("\" width=\"40\" height=\"40\" loading=\"lazy\">");
        }
        out.append("<span class=\"blog-author-text\">");
        if (author.name() != null) {
            if (author.link() != null) {
                out.append("<a class=\"blog-author-name\" href=\"").append(escape(author.link())).append("\">")
                        .append(escape(author.name())).append("</a>");
            } else {
                out.append("<span class=\"blog-author-name\">").append(escape(author.name())).append("</span>");
            }
        }
        if (author.title() != null) {
            out.append("<small class=\"blog-author-title\">").append(escape(author.title())).append("</small>");
        }
        out.append("</span></li>\n");
    }

    /** The "footer" part: tags, edit link, last update, newer and older post. */
    static String footer(BlogViews.PostFooter footer) {
        StringBuilder out = new StringBuilder(512);
        if (!footer.post().tags().isEmpty()) {
            out.append("<ul class=\"tags blog-tags\" aria-label=\"Tags\">\n");
            for (BlogViews.Tag tag : footer.post().tags()) {
                out.append("<li class=\"tag\"><a href=\"").append(escape(tag.url())).append("\" rel=\"tag\">")
                        .append(escape(tag.label())).append("</a></li>\n");
            }
            out.append("</ul>\n");
        }
        if (footer.editUrl() != null) {
            out.append("<p class=\"edit-this-page\"><a href=\"").append(escape(footer.editUrl()))
                    .append("\" rel=\"noopener\" target=\"_blank\">Edit this page</a></p>\n");
        }
        LastUpdateView update = footer.lastUpdate();
        if (update != null) {
            out.append("<p class=\"last-updated\">Last updated");
            if (update.date() != null) {
                out.append(" on <time datetime=\"").append(escape(update.isoDate())).append("\">")
                        .append(escape(update.date())).append("</time>");
            }
            if (update.author() != null) {
                out.append(" by <span class=\"last-updated-author\">").append(escape(update.author())).append("</span>");
            }
            out.append("</p>\n");
        }
        if (footer.newer() != null || footer.older() != null) {
            out.append("<nav class=\"pagination-nav\" aria-label=\"Blog post page navigation\">\n");
            if (footer.newer() != null) {
                link(out, footer.newer(), "prev", "Newer post");
            }
            out.append('\n');
            if (footer.older() != null) {
                link(out, footer.older(), "next", "Older post");
            }
            out.append("\n</nav>\n");
        }
        return out.toString();
    }

    private static void link(StringBuilder out, BlogViews.Link link, String rel, String sublabel) {
        out.append("<a class=\"pagination-link pagination-").append(rel).append("\" href=\"").append(escape(link.url()))
                .append("\" rel=\"").append(rel).append("\"><span class=\"pagination-sublabel\">").append(sublabel)
                .append("</span><span class=\"pagination-label\">").append(escape(link.label())).append("</span></a>");
    }

    private static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
