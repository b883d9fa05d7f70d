package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.FrontMatterLinks;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.Resolution;
import dev.docsite.links.UrlText;
import dev.docsite.markdown.BodyTemplate;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.markdown.PageSource;
import dev.docsite.markdown.partial.SitePartialFiles;
import dev.docsite.nav.Navigation;
import dev.docsite.problem.Problem;
import dev.docsite.templates.PageView;
import dev.docsite.templates.ThemeRenderer;
import dev.docsite.web.HtmlEscaper;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Stage 6: one page to a complete HTML document (Markdown body, KPI widgets, navigation, theme). Thread-safe. */
public final class PageRenderer {

    /**
     * Stands for the sidebar in the rendered template, which is then written around the shared sidebar instead of
     * copying it. Random per run, so that no page text can contain it.
     */
    private static final String SIDEBAR_PLACEHOLDER =
            "\0docsite-sidebar-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\0";

    private final SiteModel model;
    private final MarkdownEngine markdown;
    private final ThemeRenderer theme;
    private final SidebarCache sidebars;

    public PageRenderer(SiteModel model, MarkdownEngine markdown, ThemeRenderer theme) {
        this.model = model;
        this.markdown = markdown;
        this.theme = theme;
        this.sidebars = new SidebarCache(model.navigation(), theme, model.siteView());
    }

    public SiteModel model() {
        return model;
    }

    /**
     * @param problems shown in the preview overlay (empty for a static build)
     * @param preview  whether the page is served by the preview server
     */
    public RenderedPage render(Page page, List<Problem> problems, boolean preview) {
        SiteConfig config = model.config();
        PageRenderContext ctx = new PageRenderContext(page, model.resolver(),
                model.links() == null ? null : model.links().perPage().get(page), model.kpiWidgets(),
                config.kpi().heading());
        BodyTemplate template = page.bodyTemplate() != null ? page.bodyTemplate()
                : markdown.prepare(page.body(), new PageSource(page.source().path(), page.source().displayPath(),
                        SitePartialFiles.of(config))).body();
        String body = template.fill(ctx);
        String kpiTop = !page.frontMatter().kpis().isEmpty() && !ctx.frontMatterKpisPlaced()
                ? ctx.cards(page.frontMatter().kpis()) : null;
        boolean hasKpis = !page.frontMatter().kpis().isEmpty() || !page.outline().kpiRefs().isEmpty();
        String provenance = hasKpis && model.kpiWidgets() != null ? model.kpiWidgets().provenance() : null;
        Navigation nav = model.navigation();
        SidebarCache.ForPage sidebar = sidebars.forPage(page);
        PageView view = PageView.builder()
                .root(page.root())
                .url(page.url())
                .canonicalUrl(config.url() == null ? null
                        : config.url() + config.baseUrl() + UrlText.encodePath(page.url()))
                .title(page.title())
                .hideTitle(page.frontMatter().hideTitle() || PageLoader.startsWithH1(page.outline()))
                .description(page.frontMatter().description())
                .keywords(page.frontMatter().keywords())
                .image(image(page))
                .tags(page.frontMatter().tags())
                .contentHtml(body)
                .kpiTopHtml(kpiTop)
                .kpiProvenance(provenance)
                .toc(Navigation.toc(page))
                .hideToc(page.frontMatter().hideTableOfContents())
                .breadcrumbs(nav.breadcrumbs(page))
                .previous(nav.previous(page))
                .next(nav.next(page))
                .sidebar(sidebar.items())
                .sidebarHtml(SIDEBAR_PLACEHOLDER)
                .editUrl(editUrl(page))
                .frontMatter(page.frontMatter().all())
                .problems(problems)
                .preview(preview)
                .build();
        String html = theme.renderPage(model.siteView(), view);
        int at = html.indexOf(SIDEBAR_PLACEHOLDER);
        if (at < 0) {
            return new RenderedPage(page, html, null, "", body); // a theme override that draws its own sidebar
        }
        if (html.indexOf(SIDEBAR_PLACEHOLDER, at + 1) < 0) {
            return new RenderedPage(page, html.substring(0, at), sidebar.html(),
                    html.substring(at + SIDEBAR_PLACEHOLDER.length()), body);
        }
        // A theme override that prints the sidebar more than once: render it in place.
        view = view.withSidebarHtml(sidebar.html().html());
        return new RenderedPage(page, theme.renderPage(model.siteView(), view), null, "", body);
    }

    /** The 404 page: served at any depth, so its links start from the base URL. */
    public String renderNotFound(boolean preview) {
        String root = model.config().baseUrl();
        String body = "<p>There is no page at this address. It may have moved: try the search, the navigation, or"
                + " the <a href=\"" + HtmlEscaper.escape(root) + "\">home page</a>.</p>";
        PageView view = PageView.builder()
                .root(root)
                .url("404.html")
                .title("Page not found")
                .contentHtml(body)
                .hideToc(true)
                .sidebar(model.navigation().sidebar(null, root))
                .preview(preview)
                .build();
        return theme.renderNotFound(model.siteView(), view);
    }

    /** The frontmatter image as the link check resolved (and reported) it. */
    private String image(Page page) {
        LinkRef ref = FrontMatterLinks.image(page);
        if (ref == null) {
            return null;
        }
        LinkChecker.PageLinks checked = model.links() == null ? null : model.links().perPage().get(page);
        Resolution r = checked != null && checked.resolution(ref) != null ? checked.resolution(ref)
                : model.resolver().resolve(page, ref);
        if (r.kind() == Resolution.Kind.ASSET && model.config().url() != null) {
            return model.config().url() + model.config().baseUrl() + UrlText.encodePath(r.sitePath());
        }
        return model.resolver().href(page, r, ref);
    }

    private String editUrl(Page page) {
        if (page.frontMatter().customEditUrl() != null) {
            return page.frontMatter().customEditUrl();
        }
        String base = model.config().editUrl();
        if (base == null) {
            return null;
        }
        return (base.endsWith("/") ? base : base + "/") + UrlText.encodePath(page.source().relPath());
    }
}
