package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.Resolution;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.LinkRewrite;
import dev.docsite.markdown.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/** Answers the Markdown renderer's questions for one page: final link URLs and KPI widgets. */
final class PageRenderContext implements RenderContext {

    private final Page page;
    private final LinkResolver resolver;
    private final KpiWidgets kpiWidgets;
    private final String kpiHeading;
    private boolean frontMatterKpisPlaced;
    /** Widget HTML waiting to replace its placeholder in the rendered body (see {@link #deferred}). */
    private final List<String> widgets = new ArrayList<>();

    PageRenderContext(Page page, LinkResolver resolver, KpiWidgets widgets, String kpiHeading) {
        this.page = page;
        this.resolver = resolver;
        this.kpiWidgets = widgets;
        this.kpiHeading = kpiHeading;
    }

    @Override
    public LinkRewrite rewrite(LinkRef ref) {
        Resolution r = resolver.resolve(page, ref);
        String href = resolver.href(page, r, ref);
        return r.problem() == null ? LinkRewrite.unchanged(href) : LinkRewrite.broken(href, r.problem().message());
    }

    @Override
    public String inlineKpi(String id) {
        return deferred(kpiWidgets != null && kpiWidgets.has(id) ? kpiWidgets.inline(id) : placeholder(id));
    }

    @Override
    public String kpiBlock(List<String> ids) {
        return deferred(cards(ids));
    }

    @Override
    public String afterHeading(Heading heading) {
        if (frontMatterKpisPlaced || page.frontMatter().kpis().isEmpty()
                || !matchesKpiHeading(heading.text(), kpiHeading)) {
            return null;
        }
        frontMatterKpisPlaced = true;
        return deferred(cards(page.frontMatter().kpis()));
    }

    /**
     * Widgets are several kilobytes of finished HTML; flexmark's writer copies its input character by character, so
     * the renderer gets a short marker and {@link #fill} puts the widget in afterwards.
     */
    private String deferred(String html) {
        widgets.add(html);
        return MARKER + (widgets.size() - 1) + "-->";
    }

    /** The rendered body with every widget marker replaced by its widget. */
    String fill(String body) {
        if (widgets.isEmpty()) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + widgets.size() * 4096);
        int from = 0;
        int at;
        while ((at = body.indexOf(MARKER, from)) >= 0) {
            int end = body.indexOf("-->", at);
            int index = end < 0 ? -1 : indexIn(body.substring(at + MARKER.length(), end));
            if (index < 0) {
                // Not one of ours (a writer's own comment that happens to look alike): leave it as written.
                out.append(body, from, at + MARKER.length());
                from = at + MARKER.length();
                continue;
            }
            out.append(body, from, at).append(widgets.get(index));
            from = end + 3;
        }
        return out.append(body, from, body.length()).toString();
    }

    private int indexIn(String digits) {
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int i = Integer.parseInt(digits);
        return i < widgets.size() ? i : -1;
    }

    private static final String MARKER = "<!--docsite-kpi:";

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
        return kpiWidgets.cards(ids);
    }

    private String placeholder(String id) {
        if (kpiWidgets != null) {
            return kpiWidgets.unknown(id);
        }
        return "<span class=\"kpi-unknown\" data-kpi=\"" + Entities.escape(id) + "\">KPI “" + Entities.escape(id)
                + "” unavailable</span>";
    }

    static boolean matchesKpiHeading(String text, String configured) {
        return text.strip().toLowerCase(Locale.ROOT).equals(configured.strip().toLowerCase(Locale.ROOT));
    }
}
