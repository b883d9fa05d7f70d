package dev.docsite.templates;

import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * Everything the page template needs, computed by the pipeline; templates do no lookups of their own.
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
 * @param editUrl       "edit this page" link or {@code null}
 * @param frontMatter   every frontmatter field, including unknown ones
 * @param problems      problems of this page (shown by the preview overlay; empty in a static build)
 * @param preview       true when served by the preview server (enables live reload script)
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
        boolean preview) {

    /** This view with {@code sidebarHtml} replaced. */
    public PageView withSidebarHtml(String html) {
        return new PageView(root, url, canonicalUrl, title, hideTitle, description, keywords, image, tags, contentHtml,
                kpiTopHtml, kpiProvenance, toc, hideToc, breadcrumbs, previous, next, sidebar, html, editUrl,
                frontMatter, problems, preview);
    }
}
