package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.links.UrlText;
import dev.docsite.nav.DocTags;
import dev.docsite.templates.PageLink;
import dev.docsite.templates.PageView;
import dev.docsite.web.HtmlEscaper;
import java.util.ArrayList;
import java.util.List;

/**
 * The docs tag pages, as Docusaurus draws them: the tags index ("Tags", each tag with its number of docs, grouped by
 * first letter) and a page per tag ("2 docs tagged with "risk"", each doc with its description, and a link back to
 * all tags). Drawn with the page template, without sidebar or table of contents.
 */
final class TagPages {

    private TagPages() {
    }

    /** The links of {@code page}'s tags to their pages, relative to the page; empty where there are none. */
    static List<PageLink> linksOf(Page page) {
        List<PageLink> links = new ArrayList<>();
        for (String label : page.frontMatter().tags()) {
            String url = DocTags.tagUrl(page.source().root(), label);
            if (url == null || !page.listed()) {
                return List.of();
            }
            links.add(new PageLink(DocTags.label(page.source().root(), label), page.root() + UrlText.encodePath(url)));
        }
        return links;
    }

    /** The way back to the site root from {@code url} ({@code tags/x/} → {@code ../../}). */
    static String rootOf(String url) {
        return "../".repeat((int) url.chars().filter(c -> c == '/').count());
    }

    static RenderedPage index(PageRenderer renderer, DocTags tags, boolean preview) {
        String root = rootOf(tags.indexUrl());
        StringBuilder body = new StringBuilder("<section class=\"tags-index\">\n");
        String letter = null;
        for (DocTags.Tag tag : tags.tags()) {
            String first = tag.label().substring(0, tag.label().offsetByCodePoints(0, 1)).toUpperCase();
            if (!first.equals(letter)) {
                body.append(letter == null ? "" : "</ul>\n").append("<h2>").append(HtmlEscaper.escape(first))
                        .append("</h2>\n<ul class=\"tags tags-list\">\n");
                letter = first;
            }
            body.append("<li class=\"tag\"><a href=\"").append(HtmlEscaper.escape(root + UrlText.encodePath(tag.url())))
                    .append("\">").append(HtmlEscaper.escape(tag.label())).append(" <span class=\"tag-count\">")
                    .append(tag.pages().size()).append("</span></a></li>\n");
        }
        body.append(letter == null ? "" : "</ul>\n").append("</section>");
        return draw(renderer, tags.indexUrl(), root, "Tags", null, body.toString(), preview);
    }

    static RenderedPage tag(PageRenderer renderer, DocTags tags, DocTags.Tag tag, boolean preview) {
        String root = rootOf(tag.url());
        int count = tag.pages().size();
        String title = count + (count == 1 ? " doc" : " docs") + " tagged with \u201c" + tag.label() + "\u201d";
        StringBuilder body = new StringBuilder(tag.description() == null ? ""
                : "<p class=\"tag-description\">" + HtmlEscaper.escape(tag.description()) + "</p>\n").append("<p><a href=\"")
                .append(HtmlEscaper.escape(root + UrlText.encodePath(tags.indexUrl()))).append("\">View all tags</a></p>\n");
        body.append("<section class=\"tag-docs\">\n");
        for (Page page : tag.pages()) {
            body.append("<article class=\"tag-doc\">\n<h2><a href=\"")
                    .append(HtmlEscaper.escape(root + UrlText.encodePath(page.url()))).append("\">")
                    .append(HtmlEscaper.escape(page.title())).append("</a></h2>\n");
            if (page.frontMatter().description() != null) {
                body.append("<p>").append(HtmlEscaper.escape(page.frontMatter().description())).append("</p>\n");
            }
            body.append("</article>\n");
        }
        body.append("</section>");
        return draw(renderer, tag.url(), root, title, tag.description() != null ? tag.description()
                : "Docs tagged with \u201c" + tag.label() + "\u201d", body.toString(), preview);
    }

    private static RenderedPage draw(PageRenderer renderer, String url, String root, String title, String description,
                                     String body, boolean preview) {
        SiteModel model = renderer.model();
        PageView view = renderer.withChrome(PageView.builder(), null, root)
                .root(root)
                .url(url)
                .canonicalUrl(model.config().url() == null ? null
                        : model.config().url() + model.config().baseUrl() + UrlText.encodePath(url))
                .title(title)
                .description(description)
                .contentHtml(body)
                .hideToc(true)
                .preview(preview)
                .build();
        return RenderedPage.whole(renderer.drawPage(view));
    }
}
