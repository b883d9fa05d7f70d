package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.ImageSizes;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.Resolution;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.LinkRewrite;
import dev.docsite.markdown.RenderContext;
import dev.docsite.web.HtmlEscaper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.Locale;

/** Answers the Markdown renderer's questions for one page: final link URLs (images with their size) and KPI widgets. */
final class PageRenderContext implements RenderContext {

    private final Page page;
    private final LinkResolver resolver;
    private final LinkChecker.PageLinks checked;
    private final KpiWidgets kpiWidgets;
    private final String kpiHeading;
    private final Supplier<String> docCardList;
    private final boolean escapesRawHtml;
    private boolean frontMatterKpisPlaced;
    /** KPIs whose first card on this page carries the anchor the summary strip links to. */
    private final Set<String> anchoredKpis = new HashSet<>();

    /**
     * @param checked     what the link check found for this page, or null to resolve its links here
     * @param docCardList the HTML of the page's {@code <DocCardList />}
     */
    PageRenderContext(Page page, LinkResolver resolver, LinkChecker.PageLinks checked, KpiWidgets widgets,
                      String kpiHeading, Supplier<String> docCardList, boolean escapesRawHtml) {
        this.page = page;
        this.escapesRawHtml = escapesRawHtml;
        this.docCardList = docCardList;
        this.resolver = resolver;
        this.checked = checked;
        this.kpiWidgets = widgets;
        this.kpiHeading = kpiHeading;
    }

    @Override
    public boolean escapesRawHtml() {
        return escapesRawHtml;
    }

    @Override
    public LinkRewrite rewrite(LinkRef ref) {
        Resolution r = checked == null ? null : checked.resolution(ref);
        if (r == null) {
            r = resolver.resolve(page, ref);
        }
        String href = resolver.href(page, r, ref);
        if (r.problem() != null) {
            return LinkRewrite.broken(href, r.problem().message());
        }
        LinkRewrite rewrite = LinkRewrite.unchanged(href);
        return ref.kind() == LinkRef.Kind.IMAGE && r.kind() == Resolution.Kind.ASSET
                ? rewrite.withSize(ImageSizes.of(r.asset())) : rewrite;
    }

    @Override
    public String inlineKpi(String id) {
        return kpiWidgets != null && kpiWidgets.has(id) ? kpiWidgets.inline(id) : placeholder(id);
    }

    @Override
    public String kpiBlock(List<String> ids) {
        return cards(ids);
    }

    @Override
    public String afterHeading(Heading heading) {
        if (frontMatterKpisPlaced || page.frontMatter().kpis().isEmpty()
                || !matchesKpiHeading(heading.text(), kpiHeading)) {
            return null;
        }
        frontMatterKpisPlaced = true;
        return cards(page.frontMatter().kpis());
    }

    @Override
    public String docCardList() {
        return docCardList.get();
    }

    /** True once the frontmatter KPIs found their heading; otherwise the template shows them under the title. */
    boolean frontMatterKpisPlaced() {
        return frontMatterKpisPlaced;
    }

    String cards(List<String> ids) {
        if (kpiWidgets == null) {
            StringBuilder sb = new StringBuilder("<div class=\"kpi-grid\">");
            ids.forEach(id -> sb.append(placeholder(id)));
            return sb.append("</div>").toString();
        }
        return kpiWidgets.cards(ids, anchoredKpis);
    }

    /** The page's KPI strip for under its title (after the body was filled, so that it knows which cards exist). */
    String kpiSummary(List<String> ids) {
        return kpiWidgets == null ? "" : kpiWidgets.summary(ids, anchoredKpis);
    }

    private String placeholder(String id) {
        if (kpiWidgets != null) {
            return kpiWidgets.unknown(id);
        }
        return "<span class=\"kpi-unknown\" data-kpi=\"" + HtmlEscaper.escape(id) + "\">KPI “" + HtmlEscaper.escape(id)
                + "” unavailable</span>";
    }

    static boolean matchesKpiHeading(String text, String configured) {
        return text.strip().toLowerCase(Locale.ROOT).equals(configured.strip().toLowerCase(Locale.ROOT));
    }
}
