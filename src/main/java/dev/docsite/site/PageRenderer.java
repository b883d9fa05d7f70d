package dev.docsite.site;

import dev.docsite.config.KpiConfig;
import dev.docsite.chrome.SiteChrome;
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
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.DocCards;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.TableOfContents;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.problem.Problem;
import dev.docsite.templates.LastUpdateView;
import dev.docsite.templates.PageView;
import dev.docsite.templates.ThemeRenderer;
import dev.docsite.web.HtmlEscaper;
import java.util.ArrayList;
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
    private final SiteChrome chrome;
    private final BlogPageRenderer blogs;

    public PageRenderer(SiteModel model, MarkdownEngine markdown, ThemeRenderer theme) {
        this.model = model;
        this.markdown = markdown;
        this.theme = theme;
        this.sidebars = new SidebarCache(model.navigation(), theme, model.siteView());
        this.chrome = SiteChrome.of(model.config(), model.index(), model.navigation());
        this.blogs = new BlogPageRenderer(this, markdown, theme);
    }

    /** The pages of the site's blogs. */
    BlogPageRenderer blogs() {
        return blogs;
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
        PageRenderContext ctx = context(page);
        BodyTemplate template = page.bodyTemplate() != null ? page.bodyTemplate()
                : markdown.prepare(page.body(), TemplateBudget.sourceOf(page, config)).body();
        var post = blogs.postOf(page);
        if (post != null && page.bodyTemplate() == null) {
            blogs.keepSummary(post.post(), template);
        }
        String body = BrowserDrawnBlocks.withScripts(template.fill(ctx), config, page.root());
        String kpiTop = !page.frontMatter().kpis().isEmpty() && !ctx.frontMatterKpisPlaced()
                ? ctx.cards(page.frontMatter().kpis()) : null;
        if (KpiSummaryOption.of(page, config.kpi()) == KpiConfig.Summary.TOP) {
            List<String> ids = new ArrayList<>(page.frontMatter().kpis());
            page.outline().kpiRefs().forEach(ref -> ids.add(ref.id()));
            String strip = ctx.kpiSummary(ids);
            kpiTop = strip.isEmpty() ? kpiTop : strip + (kpiTop == null ? "" : kpiTop);
        }
        boolean hasKpis = !page.frontMatter().kpis().isEmpty() || !page.outline().kpiRefs().isEmpty();
        String provenance = hasKpis && model.kpiWidgets() != null ? model.kpiWidgets().provenance() : null;
        Navigation nav = model.navigation();
        // A post shows its blog's sidebar: no docs sidebar is worked out for it (each post is a folder of its own).
        SidebarCache.ForPage sidebar = post == null ? sidebars.forPage(page) : null;
        String editUrl = PageEditing.editUrl(page, config);
        LastUpdateView lastUpdate = PageEditing.lastUpdate(page, model.lastUpdates());
        PageView.Builder builder = withChrome(PageView.builder(), page, page.root())
                .root(page.root())
                .url(page.url())
                .canonicalUrl(config.url() == null ? null
                        : config.url() + config.baseUrl() + UrlText.encodePath(page.url()))
                .title(page.title())
                .hideTitle(page.frontMatter().hideTitle() || PageLoader.startsWithH1(page.outline()))
                .description(PageDescription.of(page.frontMatter().description(), body))
                .keywords(page.frontMatter().keywords())
                .image(image(page))
                .tags(page.frontMatter().tags())
                .tagLinks(TagPages.linksOf(page))
                .contentHtml(body)
                .kpiTopHtml(kpiTop)
                .kpiProvenance(provenance)
                .toc(TableOfContents.of(page))
                .hideToc(page.frontMatter().hideTableOfContents())
                .breadcrumbs(nav.breadcrumbs(page))
                .previous(nav.previous(page))
                .next(nav.next(page))
                .sidebar(sidebar == null ? List.of() : sidebar.items())
                .sidebarHtml(SIDEBAR_PLACEHOLDER)
                .editUrl(editUrl)
                .lastUpdate(lastUpdate)
                .version(DocVersionViews.of(chrome.versions(), page))
                .frontMatter(page.frontMatter().all())
                .problems(problems)
                .preview(preview);
        if (post != null) {
            blogs.framePost(post, body, editUrl, lastUpdate, builder);
        }
        PageView view = builder.build();
        String html = theme.renderPage(model.siteView(), view);
        int at = html.indexOf(SIDEBAR_PLACEHOLDER);
        if (at < 0 || sidebar == null) {
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

    /** A part of {@code page}'s body (a blog post's summary), its links written as the link check resolved them. */
    String renderFragment(Page page, BodyTemplate fragment) {
        return fragment.fill(context(page));
    }

    private PageRenderContext context(Page page) {
        return new PageRenderContext(page, model.resolver(),
                model.links() == null ? null : model.links().perPage().get(page), model.kpiWidgets(),
                model.config().kpi().heading(), () -> docCardList(page), model.config().markdown().escapesRawHtml());
    }

    /**
     * A category's generated index page ({@code link: {type: generated-index}}): its title, description and the
     * cards of its items, shown with the category's sidebar, breadcrumbs and pagination as a doc would be.
     */
    public RenderedPage renderGeneratedIndex(CategoryItem category, boolean preview) {
        CategoryLink.GeneratedIndex link = (CategoryLink.GeneratedIndex) category.link();
        String url = link.url();
        String root = link.root();
        Navigation nav = model.navigation();
        String description = link.description() != null ? link.description() : category.description();
        String cards = theme.renderCards(model.siteView(),
                DocCards.of(category.items(), target -> root + UrlText.encodePath(target)), description);
        PageView view = withChrome(PageView.builder(), null, root)
                .root(root)
                .url(url)
                .canonicalUrl(model.config().url() == null ? null
                        : model.config().url() + model.config().baseUrl() + UrlText.encodePath(url))
                .title(link.title() != null ? link.title() : category.label())
                .description(description)
                .contentHtml(cards)
                .hideToc(true)
                .breadcrumbs(nav.breadcrumbsOfIndex(url, root))
                .previous(nav.previousOfIndex(url, root))
                .next(nav.nextOfIndex(url, root))
                .sidebar(nav.sidebarOfIndex(url, root))
                .preview(preview)
                .build();
        return RenderedPage.whole(theme.renderPage(model.siteView(), view));
    }

    /** The cards of the category {@code page} is the link of; none when it is no category's page. */
    private String docCardList(Page page) {
        CategoryItem category = model.navigation().categoryOf(page);
        if (category == null) {
            return "";
        }
        return theme.renderCards(model.siteView(),
                DocCards.of(category.items(), target -> page.root() + UrlText.encodePath(target)), null);
    }

    /** Draws {@code view} with the page template: for the pages the site generates ({@link TagPages}). */
    String drawPage(PageView view) {
        return theme.renderPage(model.siteView(), view);
    }

    /** The 404 page: served at any depth, so its links start from the base URL. */
    public String renderNotFound(boolean preview) {
        String root = model.config().baseUrl();
        String body = "<p>There is no page at this address. It may have moved: try the search, the navigation, or"
                + " the <a href=\"" + HtmlEscaper.escape(root) + "\">home page</a>.</p>";
        PageView view = withChrome(PageView.builder(), null, root)
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

    /**
     * {@code view} with the site's navbar, footer and favicon seen from {@code page} (or from a page the site
     * generates, {@code null}: no navbar item is active) at {@code root}. Every page the theme draws needs them.
     */
    PageView.Builder withChrome(PageView.Builder view, Page page, String root) {
        return view.navbar(chrome.navbar(page, root)).footer(chrome.footer(root)).favicon(chrome.favicon(root));
    }

    /** The frontmatter image as the link check resolved (and reported) it, else the site's social card. */
    private String image(Page page) {
        LinkRef ref = FrontMatterLinks.image(page);
        if (ref == null) {
            return chrome.socialImage(page.root());
        }
        LinkChecker.PageLinks checked = model.links() == null ? null : model.links().perPage().get(page);
        Resolution r = checked != null && checked.resolution(ref) != null ? checked.resolution(ref)
                : model.resolver().resolve(page, ref);
        if (r.kind() == Resolution.Kind.ASSET && model.config().url() != null) {
            return model.config().url() + model.config().baseUrl() + UrlText.encodePath(r.sitePath());
        }
        return model.resolver().href(page, r, ref);
    }
}
