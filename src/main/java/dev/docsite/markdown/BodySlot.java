package dev.docsite.markdown;

import static dev.docsite.web.HtmlEscaper.escape;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.mdx.RawHtmlRewriter;
import dev.docsite.markdown.source.LineMap;
import java.util.List;

/**
 * A part of a page body whose HTML depends on the rest of the site (final link URLs, KPI widgets), left open
 * when the page is parsed and written when it is rendered, by asking the {@link RenderContext}.
 * Slots are filled in document order, so a context sees its questions in the same order as the outline lists them.
 */
sealed interface BodySlot {

    /** The HTML of this slot for one rendering. */
    String fill(RenderContext ctx);

    /** Whether the slot stands on a line of its own, which goes too when the slot is filled with nothing. */
    default boolean ownLine() {
        return false;
    }

    /** The attributes of an {@code <a>}: {@code href}, and the broken-link style or the title. */
    record Link(LinkRef ref, String title) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            LinkRewrite rw = rewrite(ctx, ref);
            return " href=\"" + escape(rw.url()) + "\"" + attributes(rw, title);
        }
    }

    /**
     * The attributes of an {@code <img>}: {@code src}, {@code alt}, the size of a local image when it can be read, and
     * the broken-link style or the title.
     */
    record Image(LinkRef ref, String alt, String title) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            LinkRewrite rw = rewrite(ctx, ref);
            return " src=\"" + escape(rw.url()) + "\" alt=\"" + escape(alt) + "\""
                    + (rw.size() == null ? "" : rw.size().attributes()) + attributes(rw, title);
        }
    }

    /** An inline {@code :kpi[id]}. */
    record InlineKpi(String id) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            return nullToEmpty(ctx.inlineKpi(id));
        }
    }

    /** A fenced {@code kpi} block. */
    record KpiBlock(List<String> ids) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            return nullToEmpty(ctx.kpiBlock(ids));
        }
    }

    /** Whatever the context places after a heading (frontmatter KPIs), on a line of its own. */
    record AfterHeading(Heading heading) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            String after = ctx.afterHeading(heading);
            return after == null || after.isEmpty() ? "" : "\n" + after;
        }
    }

    /** {@code <DocCardList />}: the cards of the items of the category the page opens, known once all pages are. */
    record DocCardList() implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            return nullToEmpty(ctx.docCardList()).stripTrailing();
        }

        @Override
        public boolean ownLine() {
            return true;
        }
    }

    /**
     * Raw HTML or JSX markup: escaped text when the site escapes raw HTML; else its link attributes are rewritten
     * (which may rebuild whole tags), or it is written as it is when it has none ({@code map} is {@code null}).
     * {@code values} are its evaluated expression attributes (see {@code PageModel.rawValues}).
     */
    record RawHtml(BasedSequence chars, LineMap map, java.util.Map<Integer, String> values) implements BodySlot {
        @Override
        public String fill(RenderContext ctx) {
            if (ctx.escapesRawHtml()) {
                return escape(chars.toString());
            }
            if (map == null) {
                return chars.toString();
            }
            return RawHtmlRewriter.rewrite(chars, map, new RawHtmlRewriter.Sink() {
                @Override
                public LinkRewrite link(LinkRef ref) {
                    return rewrite(ctx, ref);
                }

                @Override
                public void elementId(String id) {
                    // ids were collected by the outline
                }

                @Override
                public String evaluated(int offset) {
                    return values.get(offset);
                }
            });
        }
    }

    private static LinkRewrite rewrite(RenderContext ctx, LinkRef ref) {
        LinkRewrite rw = ctx.rewrite(ref);
        return rw != null ? rw : LinkRewrite.unchanged(ref.target());
    }

    private static String attributes(LinkRewrite rw, String title) {
        if (rw.broken()) {
            String reason = escape(rw.reason() == null ? "broken link" : rw.reason());
            return " class=\"broken-link\" data-broken=\"" + reason + "\" title=\"" + reason + "\"";
        }
        return title != null ? " title=\"" + escape(title) + "\"" : "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
