package dev.docsite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.admonition.AdmonitionBlock;
import dev.docsite.markdown.heading.ExplicitHeadingId;
import dev.docsite.markdown.mdx.EsmStatements;
import dev.docsite.markdown.mdx.JsxBlock;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxFlowSplitter;
import dev.docsite.markdown.mdx.JsxTag;
import dev.docsite.markdown.mdx.JsxTagAt;
import dev.docsite.markdown.mdx.JsxTagMarker;
import dev.docsite.markdown.mdx.MdxComment;
import dev.docsite.markdown.source.DerivedText;
import dev.docsite.markdown.source.LineMap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rewrites the parsed tree into what MDX would have built, before anything is collected or rendered:
 * drops top-level {@code import}/{@code export} paragraphs and comment-only paragraphs, strips explicit heading ids,
 * splits JSX blocks holding components into tags and nested Markdown (parsed with the same parser, keeping source
 * positions), expands {@code mdx-code-block} fences, and pairs component tags into {@link JsxElement}s.
 */
final class PageTransformer {

    private final Parser parser;
    private final PageModel model;
    private final Partials partials;

    PageTransformer(Parser parser, PageModel model) {
        this.parser = parser;
        this.model = model;
        this.partials = new Partials(parser, model, model.source.file(), List.of());
        partials.provideFrontMatter(model.document().getChars(), model.source.frontMatter());
    }

    private PageTransformer(Parser parser, PageModel model, Partials partials) {
        this.parser = parser;
        this.model = model;
        this.partials = partials;
    }

    void transform() {
        transformContainer(model.document(), model.rootOrigin(), true);
    }

    /** Transforms a partial's tree, whose imports are relative to the partial. */
    static void transformPartial(Parser parser, PageModel model, Partials partials, Document document,
                                 PageModel.Origin origin) {
        new PageTransformer(parser, model, partials).transformContainer(document, origin, true);
    }

    private void transformContainer(Node container, PageModel.Origin inherited, boolean topLevel) {
        boolean hasMarkers = false;
        Node child = container.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            PageModel.Origin origin = model.originOf(child, inherited);
            if ((child instanceof JsxBlock || child instanceof HtmlBlock) && JsxFlowSplitter.hasComponentTag(((Block) child).getContentChars())) {
                next = replace(child, splitJsx((Block) child, origin), next);
                hasMarkers = true;
            } else if (child instanceof FencedCodeBlock code && "mdx-code-block".equals(language(code))) {
                next = replace(child, parseNested(derive(code.getContentLines(), origin.map())), next);
            } else if (child instanceof Paragraph p) {
                if (topLevel && EsmStatements.startsEsm(p.getChars())) {
                    partials.imports(esmText(p), origin.map().line(p.getStartOffset()));
                    model.hasEsm = true;
                    next = removeEsm(p);
                } else if (isOnlyComments(p)) {
                    p.unlink();
                }
            } else if (child instanceof com.vladsch.flexmark.ast.Heading h) {
                stripExplicitId(h);
            }
            child = next;
        }
        if (hasMarkers) {
            assemble(container);
        }
        includeAndRecurse(container, inherited);
        if (topLevel) {
            partials.evaluate(container, inherited);
        }
    }

    private void includeAndRecurse(Node container, PageModel.Origin inherited) {
        for (Node c = container.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof JsxElement element && partials.isPartial(element.name())) {
                partials.include(element, model.originOf(c, inherited));
            } else if (c instanceof BlockQuote || c instanceof ListBlock || c instanceof ListItem || c instanceof AdmonitionBlock
                    || c instanceof JsxElement) {
                transformContainer(c, model.originOf(c, inherited), false);
            }
            c = next;
        }
    }

    /** Puts {@code replacement} where {@code old} was; returns the node to continue with. */
    private static Node replace(Node old, List<Node> replacement, Node next) {
        for (Node n : replacement) {
            old.insertBefore(n);
        }
        old.unlink();
        return replacement.isEmpty() ? next : replacement.get(0);
    }

    private List<Node> splitJsx(Block block, PageModel.Origin origin) {
        DerivedText text = derive(block.getContentLines(), origin.map());
        List<Node> nodes = new ArrayList<>();
        JsxFlowSplitter.split(text, new JsxFlowSplitter.Handler() {
            @Override
            public void tag(JsxTag tag, int line, int column) {
                nodes.add(new JsxTagMarker(new JsxTagAt(tag, line, column)));
            }

            @Override
            public void markdown(DerivedText markdown) {
                nodes.addAll(parseNested(markdown));
            }
        });
        return nodes;
    }

    /** Parses a derived text and detaches its top-level nodes, remembering where they came from. */
    private List<Node> parseNested(DerivedText text) {

        Document nested = parser.parse(text.text());
        PageModel.Origin origin = new PageModel.Origin(text.map(), nested);
        List<Node> nodes = new ArrayList<>();
        Node n = nested.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            n.unlink();
            model.registerOrigin(n, origin);
            nodes.add(n);
            n = next;
        }
        return nodes;
    }

    /** A derived text made of block content lines (which may lack container prefixes such as list indents). */
    static DerivedText derive(List<BasedSequence> lines, LineMap map) {
        DerivedText.Builder b = LineMap.derive(map.file());
        for (BasedSequence line : lines) {
            BasedSequence text = line.trimEOL();
            int offset = line.getStartOffset();
            b.line(text, map.line(offset), map.column(offset));
        }
        return b.build();
    }

    /** The text of an ESM paragraph and, while its braces are unbalanced, of the blocks {@link #removeEsm} removes. */
    private static String esmText(Paragraph p) {
        int balance = EsmStatements.braceBalance(p.getChars());
        int end = p.getEndOffset();
        for (Node next = p.getNext(); balance > 0 && next != null; next = next.getNext()) {
            balance += EsmStatements.braceBalance(next.getChars());
            end = next.getEndOffset();
        }
        return p.getChars().getBaseSequence().subSequence(p.getStartOffset(), end).toString();
    }

    /** Removes an ESM paragraph and, while its braces are unbalanced (blank lines in a function body), what follows. */
    private static Node removeEsm(Paragraph p) {
        int balance = EsmStatements.braceBalance(p.getChars());
        Node next = p.getNext();
        p.unlink();
        while (balance > 0 && next != null) {
            Node after = next.getNext();
            balance += EsmStatements.braceBalance(next.getChars());
            next.unlink();
            next = after;
        }
        return next;
    }

    private static boolean isOnlyComments(Paragraph p) {
        boolean comment = false;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof MdxComment) {
                comment = true;
            } else if (!(n instanceof SoftLineBreak) && !(n instanceof Text && n.getChars().isBlank())) {
                return false;
            }
        }
        return comment;
    }

    private void stripExplicitId(com.vladsch.flexmark.ast.Heading heading) {
        BasedSequence text = heading.getText();
        ExplicitHeadingId explicit = ExplicitHeadingId.find(text);
        if (explicit == null) {
            return;
        }
        model.explicitIds.put(heading, explicit.id());
        int cut = text.getIndexOffset(explicit.markerStart());
        Node n = heading.getLastChild();
        while (n != null) {
            Node prev = n.getPrevious();
            if (n.getStartOffset() >= cut) {
                n.unlink();
            } else {
                if (n.getEndOffset() > cut && n instanceof Text) {
                    n.setChars(n.getChars().subSequence(0, cut - n.getStartOffset()));
                }
                break;
            }
            n = prev;
        }
    }

    /** Pairs component tag markers among the container's children into elements holding what lies between. */
    private static void assemble(Node container) {
        List<Node> children = new ArrayList<>();
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            children.add(n);
        }
        for (Node n : children) {
            n.unlink();
        }
        Deque<JsxElement> open = new ArrayDeque<>();
        for (Node n : children) {
            Node target = open.isEmpty() ? container : open.peek();
            if (!(n instanceof JsxTagMarker marker)) {
                target.appendChild(n);
                continue;
            }
            JsxTag tag = marker.at().tag();
            if (tag.closing()) {
                if (open.stream().anyMatch(e -> e.name().equals(tag.name()))) {
                    while (!open.pop().name().equals(tag.name())) {
                        // close elements left open inside the one being closed
                    }
                }
                continue;
            }
            JsxElement element = new JsxElement(marker.at());
            target.appendChild(element);
            if (!tag.selfClosing()) {
                open.push(element);
            }
        }
    }

    static String language(FencedCodeBlock code) {
        BasedSequence info = code.getInfo();
        int end = 0;
        while (end < info.length() && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') {
            end++;
        }
        return info.subSequence(0, end).toString();
    }
}
