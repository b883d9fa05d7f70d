package dev.docsite.markdown;

import dev.docsite.markdown.code.CodeBlockHtml;
import dev.docsite.markdown.code.CodeMeta;
import dev.docsite.markdown.mdx.JsxCodeBlock;
import dev.docsite.markdown.mdx.JsxTag;

import static dev.docsite.web.HtmlEscaper.escape;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import dev.docsite.markdown.footnote.FootnoteHtml;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.admonition.AdmonitionBlock;
import dev.docsite.markdown.admonition.AdmonitionTitle;
import dev.docsite.markdown.admonition.StrayFence;
import dev.docsite.markdown.html.CommonMarkHtml;
import dev.docsite.markdown.html.HtmlOut;
import dev.docsite.markdown.html.NodeWriters;
import dev.docsite.markdown.kpi.InlineKpi;
import dev.docsite.markdown.math.MathBlock;
import dev.docsite.markdown.math.MathHtml;
import dev.docsite.markdown.math.MathInline;
import dev.docsite.markdown.mdx.JsxBlock;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.JsxTagMarker;
import dev.docsite.markdown.mdx.MdxComment;
import dev.docsite.markdown.mdx.MdxCommentBlock;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes the nodes whose HTML differs from CommonMark's: headings with ids and hash links, links and images, raw
 * HTML, KPIs and what follows headings as {@link BodySlot}s filled per rendering, code blocks with titles and
 * {@code kpi} blocks, admonitions, JSX components, inline KPIs and footnote calls (the notes are written after the
 * last block by {@link FootnoteHtml#section}). Every other node is written by
 * {@link CommonMarkHtml}.
 */
final class DocsiteHtml {

    private DocsiteHtml() {
    }

    /** The writers of every node a page can hold: CommonMark's, then docsite's in their place. */
    static NodeWriters<BodyRendering> writers(DataHolder options) {
        return new CommonMarkHtml(options).addTo(new NodeWriters<BodyRendering>())
                .add(com.vladsch.flexmark.ast.Heading.class, DocsiteHtml::heading)
                .add(Link.class, DocsiteHtml::link)
                .add(LinkRef.class, DocsiteHtml::link)
                .add(Image.class, DocsiteHtml::image)
                .add(ImageRef.class, DocsiteHtml::image)
                .add(AutoLink.class, (n, r) -> autoLink(n, n.getText(), r))
                .add(MailLink.class, (n, r) -> autoLink(n, n.getText(), r))
                .add(HtmlBlock.class, (n, r) -> rawBlock(n, n.getContentChars(), r))
                .add(JsxBlock.class, (n, r) -> rawBlock(n, n.getContentChars(), r))
                .add(JsxCodeBlock.class, DocsiteHtml::codeBlockComponent)
                .add(HtmlInline.class, (n, r) -> r.out().raw(raw(n, n.getChars(), r)))
                .add(JsxInlineTag.class, DocsiteHtml::jsxInlineTag)
                .add(FencedCodeBlock.class, DocsiteHtml::fencedCode)
                .add(AdmonitionBlock.class, DocsiteHtml::admonition)
                .add(JsxElement.class, ThemeComponentHtml::element)
                .add(InlineKpi.class, (n, r) -> r.out().raw(r.state.slot(new BodySlot.InlineKpi(n.id()))))
                .add(AdmonitionTitle.class, (n, r) -> r.renderChildren(n))
                .add(MathInline.class, (n, r) -> MathHtml.inline(n, r.out()))
                .add(MathBlock.class, (n, r) -> MathHtml.display(n, r.out()))
                .add(Footnote.class, (n, r) -> FootnoteHtml.call(n, r.state.model.footnotes, r.out()))
                .silent(FootnoteBlock.class, JsxTagMarker.class, MdxComment.class, MdxCommentBlock.class, StrayFence.class);
    }

    private static void heading(com.vladsch.flexmark.ast.Heading node, BodyRendering r) {
        Heading heading = r.state.model.headings.get(node);
        String tag = "h" + node.getLevel();
        String id = escape(heading.id());
        String label = escape("Direct link to " + heading.text());
        r.out().line().raw("<" + tag + " id=\"" + id + "\">");
        r.renderChildren(node);
        r.out().raw("<a class=\"hash-link\" href=\"#" + id + "\" aria-label=\"" + label + "\" title=\"" + label + "\">#</a>");
        r.out().raw("</" + tag + ">").raw(r.state.slot(new BodySlot.AfterHeading(heading))).line();
    }

    private static void link(Node node, BodyRendering r) {
        PageModel.LinkTarget target = r.state.model.links.get(node);
        if (target == null) {
            undefined(node, r);
            return;
        }
        r.out().raw("<a" + r.state.slot(new BodySlot.Link(target.ref(), target.title())) + ">");
        r.renderChildren(node);
        r.out().raw("</a>");
    }

    private static void image(Node node, BodyRendering r) {
        PageModel.LinkTarget target = r.state.model.links.get(node);
        if (target == null) {
            undefined(node, r);
            return;
        }
        r.out().raw("<img" + r.state.slot(new BodySlot.Image(target.ref(), PlainText.of(node), target.title())) + " />");
    }

    /** Only a reference without a definition has no target: it stays the text it was written as. */
    private static void undefined(Node node, BodyRendering r) {
        if (node instanceof RefNode ref) {
            CommonMarkHtml.undefinedReference(ref, r);
        } else {
            r.renderChildren(node);
        }
    }

    private static void autoLink(Node node, BasedSequence text, BodyRendering r) {
        PageModel.LinkTarget target = r.state.model.links.get(node);
        r.out().raw("<a" + r.state.slot(new BodySlot.Link(target.ref(), null)) + ">")
                .raw(escape(text.unescape())).raw("</a>");
    }

    private static void rawBlock(Node node, BasedSequence chars, BodyRendering r) {
        // The block's own line ends are the writer's to add: a slot is filled after the writer has run.
        int end = chars.length();
        while (end > 0 && (chars.charAt(end - 1) == '\n' || chars.charAt(end - 1) == '\r')) {
            end--;
        }
        r.out().line().raw(raw(node, chars.subSequence(0, end), r)).line();
    }

    private static void jsxInlineTag(JsxInlineTag node, BodyRendering r) {
        if (node.tag().writtenAsHtml()) {
            r.out().raw(raw(node, node.getChars(), r));
        } else {
            ThemeComponentHtml.inlineTag(node, r.out());
        }
    }

    private static String raw(Node node, BasedSequence chars, BodyRendering r) {
        // Always a slot, also without links: whether raw HTML is written or escaped is the site's, known at rendering.
        return r.state.slot(new BodySlot.RawHtml(chars, r.state.model.rawHtml.get(node),
                r.state.model.rawValues.getOrDefault(node, Map.of())));
    }

    private static void fencedCode(FencedCodeBlock node, BodyRendering r) {
        HtmlOut out = r.out();
        List<String> kpis = r.state.model.kpiBlocks.get(node);
        if (kpis != null) {
            out.line().raw(r.state.slot(new BodySlot.KpiBlock(kpis))).line();
            return;
        }
        CodeBlockHtml.write(node.getContentChars().normalizeEOL(), CodeMeta.parse(node.getInfo().toString()), out,
                r.state::nextTabGroup);
    }

    /** {@code <CodeBlock language title showLineNumbers metastring>}: the code block a fence with that meta makes. */
    private static void codeBlockComponent(JsxCodeBlock node, BodyRendering r) {
        JsxTag tag = node.opening();
        String language = tag == null ? null : tag.stringAttribute("language");
        String meta = tag == null || tag.stringAttribute("metastring") == null ? "" : tag.stringAttribute("metastring");
        if (tag != null && tag.stringAttribute("title") != null) {
            meta += " title=\"" + tag.stringAttribute("title").replace("\"", "'") + "\"";
        }
        if (tag != null && tag.flag("showLineNumbers")) {
            meta += " showLineNumbers";
        }
        CodeBlockHtml.write(node.code(), CodeMeta.parse(language == null ? "" : language, meta), r.out(),
                r.state::nextTabGroup);
    }

    private static void admonition(AdmonitionBlock node, BodyRendering r) {
        openAdmonition(node.type(), r.out());
        r.out().raw("<p class=\"admonition-title\">");
        if (node.title() != null) {
            r.renderChildren(node.title());
        } else {
            r.out().raw(escape(node.defaultTitle()));
        }
        r.out().raw("</p>").line();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof AdmonitionTitle)) {
                r.render(child);
            }
        }
        r.out().line().raw("</div>").line();
    }

    static void openAdmonition(String type, HtmlOut out) {
        StringBuilder cssType = new StringBuilder(type.length());
        for (char c : type.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                cssType.append(c);
            }
        }
        out.line().raw("<div class=\"admonition admonition-" + (cssType.length() == 0 ? "note" : cssType) + "\">").line();
    }

}
