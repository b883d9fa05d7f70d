package dev.docsite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.mdx.HtmlEscaper;
import dev.docsite.markdown.admonition.AdmonitionBlock;
import dev.docsite.markdown.admonition.AdmonitionTitle;
import dev.docsite.markdown.admonition.StrayFence;
import dev.docsite.markdown.kpi.InlineKpi;
import dev.docsite.markdown.mdx.JsxBlock;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.JsxTagMarker;
import dev.docsite.markdown.mdx.MdxComment;
import dev.docsite.markdown.mdx.MdxCommentBlock;
import dev.docsite.markdown.source.LineMap;
import dev.docsite.markdown.tabs.TabsRenderer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the nodes whose HTML differs from flexmark's defaults: headings with ids and hash links, links and
 * images, raw HTML, KPIs and what follows headings as {@link BodySlot}s filled per rendering, code blocks with titles
 * and {@code kpi} blocks, admonitions, JSX components and inline KPIs.
 */
final class DocsiteNodeRenderer implements NodeRenderer {

    private static final Pattern CODE_TITLE = Pattern.compile("\\btitle=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, this::heading),
                new NodeRenderingHandler<>(Link.class, (n, c, h) -> link(n, c, h)),
                new NodeRenderingHandler<>(LinkRef.class, (n, c, h) -> link(n, c, h)),
                new NodeRenderingHandler<>(Image.class, (n, c, h) -> image(n, c, h)),
                new NodeRenderingHandler<>(ImageRef.class, (n, c, h) -> image(n, c, h)),
                new NodeRenderingHandler<>(AutoLink.class, (n, c, h) -> autoLink(n, n.getText(), c, h)),
                new NodeRenderingHandler<>(MailLink.class, (n, c, h) -> autoLink(n, n.getText(), c, h)),
                new NodeRenderingHandler<>(HtmlBlock.class, (n, c, h) -> rawBlock(n, n.getContentChars(), c, h)),
                new NodeRenderingHandler<>(JsxBlock.class, (n, c, h) -> rawBlock(n, n.getContentChars(), c, h)),
                new NodeRenderingHandler<>(HtmlInline.class, (n, c, h) -> h.raw(raw(n, n.getChars(), c))),
                new NodeRenderingHandler<>(JsxInlineTag.class, this::jsxInlineTag),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode),
                new NodeRenderingHandler<>(AdmonitionBlock.class, this::admonition),
                new NodeRenderingHandler<>(JsxElement.class, this::jsxElement),
                new NodeRenderingHandler<>(InlineKpi.class, (n, c, h) -> h.raw(state(c).slot(new BodySlot.InlineKpi(n.id())))),
                new NodeRenderingHandler<>(JsxTagMarker.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(MdxComment.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(MdxCommentBlock.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(StrayFence.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(AdmonitionTitle.class, (n, c, h) -> c.renderChildren(n)));
    }

    private static RenderState state(NodeRendererContext context) {
        return RenderState.KEY.get(context.getDocument());
    }

    private void heading(com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        Heading heading = state.model.headings.get(node);
        String tag = "h" + node.getLevel();
        String id = escape(heading.id());
        String label = escape("Direct link to " + heading.text());
        html.line().raw("<" + tag + " id=\"" + id + "\">");
        context.renderChildren(node);
        html.raw("<a class=\"hash-link\" href=\"#" + id + "\" aria-label=\"" + label + "\" title=\"" + label + "\">#</a>");
        html.raw("</" + tag + ">").raw(state.slot(new BodySlot.AfterHeading(heading))).line();
    }

    private void link(Node node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        PageModel.LinkTarget target = state.model.links.get(node);
        if (target == null) {
            context.delegateRender(); // an undefined reference renders as text
            return;
        }
        html.raw("<a" + state.slot(new BodySlot.Link(target.ref(), target.title())) + ">");
        context.renderChildren(node);
        html.raw("</a>");
    }

    private void image(Node node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        PageModel.LinkTarget target = state.model.links.get(node);
        if (target == null) {
            context.delegateRender();
            return;
        }
        html.raw("<img" + state.slot(new BodySlot.Image(target.ref(), PlainText.of(node), target.title())) + " />");
    }

    private void autoLink(Node node, BasedSequence text, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        PageModel.LinkTarget target = state.model.links.get(node);
        html.raw("<a" + state.slot(new BodySlot.Link(target.ref(), null)) + ">")
                .raw(escape(text.unescape())).raw("</a>");
    }

    private void rawBlock(Node node, BasedSequence chars, NodeRendererContext context, HtmlWriter html) {
        // The block's own line ends are the writer's to add: a slot is filled after the writer has run.
        int end = chars.length();
        while (end > 0 && (chars.charAt(end - 1) == '\n' || chars.charAt(end - 1) == '\r')) {
            end--;
        }
        html.line().raw(raw(node, chars.subSequence(0, end), context)).line();
    }

    private void jsxInlineTag(JsxInlineTag node, NodeRendererContext context, HtmlWriter html) {
        if (!node.tag().isComponent()) {
            html.raw(raw(node, node.getChars(), context));
        }
    }

    private static String raw(Node node, BasedSequence chars, NodeRendererContext context) {
        RenderState state = state(context);
        LineMap map = state.model.rawHtml.get(node);
        return map == null ? chars.toString() : state.slot(new BodySlot.RawHtml(chars, map));
    }

    private void fencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        List<String> kpis = state.model.kpiBlocks.get(node);
        if (kpis != null) {
            html.line().raw(state.slot(new BodySlot.KpiBlock(kpis))).line();
            return;
        }
        String language = PageTransformer.language(node);
        Matcher title = CODE_TITLE.matcher(node.getInfo());
        String titleText = null;
        if (title.find()) {
            titleText = title.group(1) != null ? title.group(1) : title.group(2) != null ? title.group(2) : title.group(3);
        }
        html.line();
        if (titleText != null) {
            html.raw("<div class=\"code-block\"><div class=\"code-title\">" + escape(titleText) + "</div>");
        }
        html.raw("<pre>").openPre();
        html.raw(language.isEmpty() ? "<code>" : "<code class=\"language-" + escape(language) + "\">");
        html.text(node.getContentChars().normalizeEOL());
        html.raw("</code>").closePre().raw("</pre>");
        if (titleText != null) {
            html.raw("</div>");
        }
        html.line();
    }

    private void admonition(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        openAdmonition(node.type(), html);
        html.raw("<p class=\"admonition-title\">");
        if (node.title() != null) {
            context.renderChildren(node.title());
        } else {
            html.raw(escape(node.defaultTitle()));
        }
        html.raw("</p>").line();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof AdmonitionTitle)) {
                context.render(child);
            }
        }
        html.line().raw("</div>").line();
    }

    private static void openAdmonition(String type, HtmlWriter html) {
        StringBuilder cssType = new StringBuilder(type.length());
        for (char c : type.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                cssType.append(c);
            }
        }
        html.line().raw("<div class=\"admonition admonition-" + (cssType.length() == 0 ? "note" : cssType) + "\">").line();
    }

    private void jsxElement(JsxElement node, NodeRendererContext context, HtmlWriter html) {
        switch (node.name()) {
            case "Tabs" -> TabsRenderer.render(node, state(context).nextTabGroup(), context, html);
            case "Admonition" -> {
                String type = node.tag().stringAttribute("type");
                type = type == null ? "note" : type;
                String title = node.tag().stringAttribute("title");
                openAdmonition(type, html);
                html.raw("<p class=\"admonition-title\">")
                        .raw(escape(title != null ? title : Character.toUpperCase(type.charAt(0)) + type.substring(1)))
                        .raw("</p>").line();
                context.renderChildren(node);
                html.line().raw("</div>").line();
            }
            case "Details" -> {
                String summary = node.tag().stringAttribute("summary");
                html.line().raw("<details>");
                if (summary != null) {
                    html.raw("<summary>" + escape(summary) + "</summary>");
                }
                html.line();
                context.renderChildren(node);
                html.line().raw("</details>").line();
            }
            default -> context.renderChildren(node); // unknown components: only their children show
        }
    }

    private static String escape(String s) {
        return HtmlEscaper.escape(s);
    }
}
