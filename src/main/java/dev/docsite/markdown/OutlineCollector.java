package dev.docsite.markdown;

import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import dev.docsite.markdown.footnote.FootnoteNumbers;
import dev.docsite.markdown.heading.HeadingSlugger;
import dev.docsite.markdown.admonition.AdmonitionBlock;
import dev.docsite.markdown.kpi.InlineKpi;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxBlock;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.RawHtmlRewriter;
import dev.docsite.markdown.source.LineMap;
import dev.docsite.markdown.mdx.JsxAttribute;
import java.util.Map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the transformed tree in document order and records headings (with ids), links, element ids and KPIs in
 * the {@link PageModel}, both as outline lists and per node for the renderer.
 */
final class OutlineCollector {


    private static final java.util.regex.Pattern THEMED_SOURCE = java.util.regex.Pattern.compile(
            "\\b(light|dark)\\s*:\\s*(?:useBaseUrl\\(\\s*|require\\(\\s*)?['\"`]([^'\"`]+)['\"`]");

    private final PageModel model;
    private final HeadingSlugger slugger = new HeadingSlugger();
    private final RawHtmlRewriter.Sink sink;
    /** The raw HTML node the sink is hearing about, and its positions. */
    private Node rawNode;
    private LineMap rawMap;

    OutlineCollector(PageModel model) {
        this.model = model;
        this.sink = new RawHtmlRewriter.Sink() {
            @Override
            public LinkRewrite link(LinkRef ref) {
                model.linkList.add(ref);
                return null;
            }

            @Override
            public void elementId(String id) {
                model.elementIds.add(id);
            }

            @Override
            public String evaluated(int offset) {
                Map<Integer, String> values = model.rawValues.get(rawNode);
                return values == null ? null : values.get(offset);
            }

            @Override
            public void leftOut(JsxAttribute attribute, int offset) {
                Map<Integer, String> values = model.rawValues.get(rawNode);
                if (attribute.kind() == JsxAttribute.Kind.SPREAD) {
                    model.notice(ProblemCode.MDX_EXPRESSION, Severity.WARNING, rawMap, rawMap.line(offset),
                            rawMap.column(offset), "{" + attribute.value().strip() + "} spreads attributes on an HTML"
                                    + " tag, which docsite does not evaluate, so they are left out; write the"
                                    + " attributes out");
                } else if (values == null || !values.containsKey(offset)) { // a failed evaluation was reported already
                    model.notice(ProblemCode.MDX_EXPRESSION, Severity.WARNING, rawMap, rawMap.line(offset),
                            rawMap.column(offset), "{" + attribute.value().strip() + "} in the " + attribute.name()
                                    + " attribute names nothing the file imports or exports, so the attribute is left"
                                    + " out; export the value from the page or import it from a module of the site");
                }
            }
        };
    }

    void collect() {
        visit(model.document(), model.rootOrigin());
        model.footnotes = FootnoteNumbers.of(model.document());
        model.elementIds.addAll(model.footnotes.elementIds());
        for (FootnoteBlock note : model.footnotes.uncalled()) {
            LineMap map = model.originOf(note, model.rootOrigin()).map();
            model.notice(ProblemCode.FOOTNOTE, Severity.WARNING, map, map.line(note.getStartOffset()),
                    map.column(note.getStartOffset()), "Footnote [^" + note.getText() + "] is never called, so it is"
                            + " not shown (Docusaurus leaves it out too); call it with [^" + note.getText()
                            + "] in the text, or remove it");
        }
    }

    private void visit(Node node, PageModel.Origin inherited) {
        PageModel.Origin origin = model.originOf(node, inherited);
        LineMap map = origin.map();
        if (node instanceof com.vladsch.flexmark.ast.Heading h) {
            heading(h, map);
            headingSpan(h, origin);
            return;
        } else if (node instanceof Link link) {
            link(node, link.getUrl(), link.getTitle(), LinkRef.Kind.LINK, map);
        } else if (node instanceof Image image) {
            link(node, image.getUrl(), image.getTitle(), LinkRef.Kind.IMAGE, map);
        } else if (node instanceof RefNode ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(origin.document()) : null;
            if (reference != null) {
                link(node, reference.getUrl(), reference.getTitle(),
                        node instanceof ImageRef ? LinkRef.Kind.IMAGE : LinkRef.Kind.LINK, map);
            }
        } else if (node instanceof MailLink mail) {
            add(node, "mailto:" + mail.getText(), null, LinkRef.Kind.LINK, map);
        } else if (node instanceof AutoLink auto) {
            add(node, autoLinkUrl(auto), null, LinkRef.Kind.LINK, map);
        } else if (node instanceof HtmlBlock || node instanceof JsxBlock) {
            raw(node, ((com.vladsch.flexmark.util.ast.Block) node).getContentChars(), map);
        } else if (node instanceof HtmlInline) {
            raw(node, node.getChars(), map);
        } else if (node instanceof JsxInlineTag tag) {
            if (tag.tag().writtenAsHtml()) {
                raw(node, node.getChars(), map);
            } else if (!tag.tag().closing() && !ThemeComponentHtml.isKnownInline(tag)) {
                unknownComponent(tag.tag().name(), map, map.line(node.getStartOffset()), map.column(node.getStartOffset()));
            }
        } else if (node instanceof AdmonitionBlock admonition) {
            admonitionNotices(admonition, map);
        } else if (node instanceof JsxElement element) {
            if (element.name().equals("ThemedImage")) {
                themedImage(element, map);
            } else if (element.name().equals("DocCardList")) {
                model.docCardLists.add(model.located(ProblemCode.DOC_CARD_LIST, Severity.WARNING, map, element.line(),
                        element.column(), "<DocCardList /> shows the items of the sidebar category the doc is in, and"
                                + " this doc is in none, so no cards are shown (Docusaurus's build fails here); put the"
                                + " doc in a category of a sidebar, or remove the component"));
            }
            if (!ThemeComponentHtml.KNOWN.contains(element.name())) {
                unknownComponent(element.name(), map, element.line(), element.column());
            }
        } else if (node instanceof InlineKpi kpi) {
            model.kpiRefs.add(new KpiRef(kpi.id(), map.line(kpi.getStartOffset()), map.column(kpi.getStartOffset())));
        } else if (node instanceof FencedCodeBlock code) {
            if ("kpi".equals(PageTransformer.language(code))) {
                kpiBlock(code, map);
            }
            return;
        } else if (node instanceof IndentedCodeBlock || node instanceof Code) {
            return;
        } else if (node instanceof Text text) {
            plainText(text.getChars());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, origin);
        }
    }

    /** Visits the heading's children, noting where its words start and end in the page's text. */
    private void headingSpan(com.vladsch.flexmark.ast.Heading node, PageModel.Origin origin) {
        StringBuilder sb = model.text;
        boolean spaced = sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1));
        model.headingSpans.add(sb.length() + (spaced ? 1 : 0));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, origin);
        }
        model.headingSpans.add(sb.length());
    }

    private void plainText(BasedSequence chars) {
        StringBuilder sb = model.text;
        if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.append(' ');
        }
        sb.append(chars);
    }

    private void admonitionNotices(AdmonitionBlock admonition, LineMap map) {
        int line = map.line(admonition.getStartOffset());
        int column = map.column(admonition.getStartOffset());
        if (!AdmonitionBlock.KNOWN_TYPES.contains(admonition.type())) {
            model.notice(ProblemCode.UNKNOWN_ADMONITION, Severity.WARNING, map, line, column, "Unknown admonition type '"
                    + admonition.type() + "', rendered as a generic admonition; "
                    + (AdmonitionBlock.likelyMeant(admonition.type()) != null
                        ? "did you mean '" + AdmonitionBlock.likelyMeant(admonition.type()) + "'?"
                        : "use note, tip, info, warning, danger, caution or important"));
        }
        if (!admonition.isClosed()) {
            model.notice(ProblemCode.UNCLOSED_ADMONITION, Severity.WARNING, map, line, column, "Admonition ':::"
                    + admonition.type() + "' is never closed, so it runs to the end of its container; add a ':::' line");
        }
    }

    private void unknownComponent(String name, LineMap map, int line, int column) {
        model.notice(ProblemCode.UNKNOWN_COMPONENT, Severity.WARNING, map, line, column, "Unknown MDX component <" + name
                + ">: docsite renders only its content; remove the tag, or use a component docsite knows");
    }

    private void heading(com.vladsch.flexmark.ast.Heading node, LineMap map) {
        String text = PlainText.of(node);
        String explicit = model.explicitIds.get(node);
        String id = explicit != null ? explicit : slugger.slug(text);
        Heading heading = new Heading(node.getLevel(), text, id, map.line(node.getStartOffset()));
        model.headings.put(node, heading);
        model.headingList.add(heading);
        if (node.getLevel() == 1 && model.firstH1 == null) {
            model.firstH1 = text;
        }
    }

    private void link(Node node, BasedSequence url, BasedSequence title, LinkRef.Kind kind, LineMap map) {
        add(node, url.unescape(), title.isNull() || title.isEmpty() ? null : title.unescape(), kind, map);
    }

    private void add(Node node, String target, String title, LinkRef.Kind kind, LineMap map) {
        int offset = node.getStartOffset();
        LinkRef ref = new LinkRef(target, kind, map.line(offset), map.column(offset), map.file());
        model.links.put(node, new PageModel.LinkTarget(ref, title));
        model.linkList.add(ref);
    }

    /** Bare {@code www.} links found by the autolink extension get the scheme browsers would assume. */
    static String autoLinkUrl(AutoLink auto) {
        String url = auto.getUrl().unescape();
        return url.startsWith("www.") ? "http://" + url : url;
    }

    private void raw(Node node, BasedSequence html, LineMap map) {
        model.rawHtml.put(node, map);
        rawNode = node;
        rawMap = map;
        RawHtmlRewriter.rewrite(html, map, sink);
    }

    /** The {@code light} and {@code dark} of {@code sources={{light: useBaseUrl('/img/a.png'), dark: …}}}. */
    private void themedImage(JsxElement element, LineMap map) {
        var sources = element.tag().attribute("sources");
        if (sources == null) {
            return;
        }
        LinkRef[] refs = new LinkRef[2];
        java.util.regex.Matcher m = THEMED_SOURCE.matcher(sources.value());
        while (m.find()) {
            int which = m.group(1).equals("light") ? 0 : 1;
            refs[which] = new LinkRef(m.group(2), LinkRef.Kind.IMAGE, element.line(), element.column(), map.file());
            model.linkList.add(refs[which]);
        }
        model.themedImages.put(element, refs);
    }

    private void kpiBlock(FencedCodeBlock code, LineMap map) {
        List<String> ids = new ArrayList<>();
        for (BasedSequence line : code.getContentLines()) {
            BasedSequence trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            String id = trimmed.toString();
            ids.add(id);
            int offset = trimmed.getStartOffset();
            model.kpiRefs.add(new KpiRef(id, map.line(offset), map.column(offset)));
        }
        model.kpiBlocks.put(code, ids);
    }
}
