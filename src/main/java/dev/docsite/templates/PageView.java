package dev.docsite.templates;

import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * Everything the page template needs, computed by the pipeline; templates do no lookups of their own. Built with
 * {@link #builder()}; templates read the accessors ({@code page.title}).
 *
 * @param root          prefix that reaches the site root from this page ({@code ../../}, or the base URL on 404)
 * @param url           this page's URL relative to the site root ({@code platform/risk-score/})
 * @param canonicalUrl  absolute URL when {@code url:} is configured, else {@code null}
 * @param title         page title (plain text; escaped by the template)
 * @param hideTitle     frontmatter {@code hide_title}
 * @param description   meta description or {@code null}
 * @param keywords      meta keywords
 * @param image         social image URL (resolved) or {@code null}
 * @param tags          frontmatter tags
 * @param tagLinks      the same tags, each with the URL of its tag page (relative to this page), when the site has
 *                      tag pages; else empty
 * @param contentHtml   rendered body; trusted HTML produced by the Markdown stage
 * @param kpiTopHtml    KPI grid to show under the title (frontmatter {@code kpis:} without matching heading) or {@code null}
 * @param kpiProvenance "KPI data as of … from …" text for pages with KPIs, or {@code null}
 * @param toc           table of contents
 * @param hideToc       frontmatter {@code hide_table_of_contents}
 * @param breadcrumbs   from the site root down to this page's parent category
 * @param previous      previous page in sidebar order, or {@code null}
 * @param next          next page in sidebar order, or {@code null}
 * @param sidebar       navigation tree, with this page marked active
 * @param sidebarHtml   the sidebar already rendered (the pipeline renders it once per section and marks the active
 *                      page), or {@code null} to render {@code sidebar} with {@code partials/sidebar.ftlh}; print it
 *                      once, as it is ({@code ?no_esc}): the pipeline may pass a placeholder it replaces afterwards
 * @param lastUpdate    the last git commit of the page's file, or {@code null} when not shown
 * @param editUrl       "edit this page" link or {@code null}
 * @param frontMatter   every frontmatter field, including unknown ones
 * @param problems      problems of this page (shown by the preview overlay; empty in a static build)
 * @param preview       true when served by the preview server (enables live reload script)
 * @param navbar        the navbar seen from this page, or {@code null} for docsite's own header (the site title)
 * @param footer        the configured footer seen from this page, or {@code null} for docsite's own footer
 * @param favicon       the favicon's URL (relative to the page, or absolute), or {@code null}
 * @param version       the docs version of a Docusaurus doc, or {@code null} (other pages, docsite's own sites)
 */
public record PageView(
        String root,
        String url,
        String canonicalUrl,
        String title,
        boolean hideTitle,
        String description,
        List<String> keywords,
        String image,
        List<String> tags,
        List<PageLink> tagLinks,
        String contentHtml,
        String kpiTopHtml,
        String kpiProvenance,
        List<TocItem> toc,
        boolean hideToc,
        List<PageLink> breadcrumbs,
        PageLink previous,
        PageLink next,
        List<NavItem> sidebar,
        String sidebarHtml,
        String editUrl,
        Map<String, Object> frontMatter,
        List<Problem> problems,
        boolean preview,
        NavbarView navbar,
        FooterView footer,
        String favicon,
        LastUpdateView lastUpdate,
        DocVersionView version) {

    /** A builder with every optional value absent, every list empty and every flag false. */
    public static Builder builder() {
        return new Builder();
    }

    /** This view with {@code sidebarHtml} replaced. */
    public PageView withSidebarHtml(String html) {
        return toBuilder().sidebarHtml(html).build();
    }

    /** A builder holding this PageView's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.root = root;
        b.url = url;
        b.canonicalUrl = canonicalUrl;
        b.title = title;
        b.hideTitle = hideTitle;
        b.description = description;
        b.keywords = keywords;
        b.image = image;
        b.tags = tags;
        b.tagLinks = tagLinks;
        b.contentHtml = contentHtml;
        b.kpiTopHtml = kpiTopHtml;
        b.kpiProvenance = kpiProvenance;
        b.toc = toc;
        b.hideToc = hideToc;
        b.breadcrumbs = breadcrumbs;
        b.previous = previous;
        b.next = next;
        b.sidebar = sidebar;
        b.sidebarHtml = sidebarHtml;
        b.editUrl = editUrl;
        b.frontMatter = frontMatter;
        b.problems = problems;
        b.preview = preview;
        b.navbar = navbar;
        b.footer = footer;
        b.lastUpdate = lastUpdate;
        b.favicon = favicon;
        b.version = version;
        return b;
    }

    /** Builds a {@link PageView} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private String root;
        private String url;
        private String canonicalUrl;
        private String title;
        private boolean hideTitle;
        private String description;
        private List<String> keywords = List.of();
        private String image;
        private List<String> tags = List.of();
        private List<PageLink> tagLinks = List.of();
        private String contentHtml;
        private String kpiTopHtml;
        private String kpiProvenance;
        private List<TocItem> toc = List.of();
        private boolean hideToc;
        private List<PageLink> breadcrumbs = List.of();
        private PageLink previous;
        private PageLink next;
        private List<NavItem> sidebar = List.of();
        private String sidebarHtml;
        private String editUrl;
        private Map<String, Object> frontMatter = Map.of();
        private List<Problem> problems = List.of();
        private boolean preview;
        private NavbarView navbar;
        private LastUpdateView lastUpdate;
        private FooterView footer;
        private String favicon;
        private DocVersionView version;

        private Builder() {
        }

        public Builder root(String value) { this.root = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder canonicalUrl(String value) { this.canonicalUrl = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder hideTitle(boolean value) { this.hideTitle = value; return this; }
        public Builder description(String value) { this.description = value; return this; }
        public Builder keywords(List<String> value) { this.keywords = value; return this; }
        public Builder image(String value) { this.image = value; return this; }
        public Builder tags(List<String> value) { this.tags = value; return this; }
        public Builder tagLinks(List<PageLink> value) { this.tagLinks = value; return this; }
        public Builder contentHtml(String value) { this.contentHtml = value; return this; }
        public Builder kpiTopHtml(String value) { this.kpiTopHtml = value; return this; }
        public Builder kpiProvenance(String value) { this.kpiProvenance = value; return this; }
        public Builder toc(List<TocItem> value) { this.toc = value; return this; }
        public Builder hideToc(boolean value) { this.hideToc = value; return this; }
        public Builder breadcrumbs(List<PageLink> value) { this.breadcrumbs = value; return this; }
        public Builder previous(PageLink value) { this.previous = value; return this; }
        public Builder next(PageLink value) { this.next = value; return this; }
        public Builder sidebar(List<NavItem> value) { this.sidebar = value; return this; }
        public Builder sidebarHtml(String value) { this.sidebarHtml = value; return this; }
        public Builder lastUpdate(LastUpdateView value) { this.lastUpdate = value; return this; }
        public Builder editUrl(String value) { this.editUrl = value; return this; }
        public Builder frontMatter(Map<String, Object> value) { this.frontMatter = value; return this; }
        public Builder problems(List<Problem> value) { this.problems = value; return this; }
        public Builder preview(boolean value) { this.preview = value; return this; }
        public Builder navbar(NavbarView value) { this.navbar = value; return this; }
        public Builder footer(FooterView value) { this.footer = value; return this; }
        public Builder favicon(String value) { this.favicon = value; return this; }
        public Builder version(DocVersionView value) { this.version = value; return this; }

        public PageView build() {
            return new PageView(root, url, canonicalUrl, title, hideTitle, description, keywords, image, tags, tagLinks,
                    contentHtml, kpiTopHtml, kpiProvenance, toc, hideToc, breadcrumbs, previous, next, sidebar,
                    sidebarHtml, editUrl, frontMatter, problems, preview, navbar, footer, favicon, lastUpdate,
                    version);
        }
    }
}
