package dev.docsite.markdown;

import java.util.List;

/**
 * What the Markdown renderer asks the rest of the pipeline while it writes one page's HTML.
 * Implementations must be cheap: they are called once per link and KPI of every page.
 */
public interface RenderContext {

    /** Final URL for a link or image found at the same position as in the page's {@link PageOutline}. */
    LinkRewrite rewrite(LinkRef ref);

    /** HTML for an inline {@code :kpi[id]}. */
    String inlineKpi(String id);

    /** HTML for a fenced {@code kpi} block listing {@code ids}. */
    String kpiBlock(List<String> ids);

    /** HTML to insert right after {@code heading}, or {@code null} for nothing (frontmatter KPIs). */
    String afterHeading(Heading heading);

    /**
     * HTML for {@code <DocCardList />}: the cards of the sidebar category the page is the link of (Docusaurus's
     * {@code useCurrentSidebarCategory}), or {@code null} for nothing.
     */
    default String docCardList() {
        return null;
    }

    /** Whether HTML written in the page is written as escaped text ({@code markdown.raw_html: escape}). */
    default boolean escapesRawHtml() {
        return false;
    }
}
