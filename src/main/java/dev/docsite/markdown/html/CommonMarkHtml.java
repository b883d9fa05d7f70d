package dev.docsite.markdown.html;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.docsite.web.HtmlEscaper;

/**
 * Writers for CommonMark and the GFM extensions docsite uses (tables, strikethrough, task lists), writing what
 * flexmark's own renderers write with the same options, without flexmark's per-character output machinery.
 * <p>
 * Tests in {@code CommonMarkHtmlTest} compare both, node type by node type.
 */
public final class CommonMarkHtml {

    private final DataHolder options;
    private final ListOptions listOptions;
    private final String softBreak;
    private final String hardBreak;
    private final String taskDone;
    private final String taskNotDone;
    private final String tightTaskClass;
    private final String looseTaskClass;

    /** @param options the parser's options (lists, task list markers, line breaks) */
    public CommonMarkHtml(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.softBreak = HtmlRenderer.SOFT_BREAK.get(options);
        this.hardBreak = HtmlRenderer.HARD_BREAK.get(options);
        this.taskDone = TaskListExtension.ITEM_DONE_MARKER.get(options);
        this.taskNotDone = TaskListExtension.ITEM_NOT_DONE_MARKER.get(options);
        this.tightTaskClass = TaskListExtension.TIGHT_ITEM_CLASS.get(options);
        this.looseTaskClass = TaskListExtension.LOOSE_ITEM_CLASS.get(options);
    }

    /** Registers a writer for every node class these syntaxes produce. */
    public <R extends HtmlRendering> NodeWriters<R> addTo(NodeWriters<R> writers) {
        return writers
                .add(Document.class, (n, r) -> r.renderChildren(n))
                .add(Paragraph.class, this::paragraph)
                .add(BlockQuote.class, (n, r) -> block("<blockquote>", "</blockquote>", n, r))
                .add(BulletList.class, (n, r) -> block("<ul>", "</ul>", n, r))
                .add(OrderedList.class, (n, r) -> block(orderedListOpen(n), "</ol>", n, r))
                .add(BulletListItem.class, CommonMarkHtml::listItem)
                .add(OrderedListItem.class, CommonMarkHtml::listItem)
                .add(TaskListItem.class, this::taskListItem)
                .add(ThematicBreak.class, (n, r) -> r.out().line().raw("<hr />").line())
                .add(SoftLineBreak.class, (n, r) -> r.out().raw(softBreak))
                .add(HardLineBreak.class, (n, r) -> r.out().raw(hardBreak))
                .add(Emphasis.class, (n, r) -> inline("<em>", "</em>", n, r))
                .add(StrongEmphasis.class, (n, r) -> inline("<strong>", "</strong>", n, r))
                .add(Strikethrough.class, (n, r) -> inline("<del>", "</del>", n, r))
                .add(Text.class, (n, r) -> text(n.getChars(), r))
                .add(TextBase.class, (n, r) -> r.renderChildren(n))
                .add(Code.class, (n, r) -> r.out().raw("<code>")
                        .text(Escaping.collapseWhitespace(n.getText(), true)).raw("</code>"))
                .add(HtmlEntity.class, (n, r) -> r.out().text(n.getChars().unescape()))
                .add(HtmlCommentBlock.class, (n, r) -> r.out().rawPre(n.getChars().normalizeEOL()))
                .add(HtmlInlineComment.class, (n, r) -> r.out().rawPre(n.getChars().normalizeEOL()))
                .add(TableBlock.class, (n, r) -> block("<table>", "</table>", n, r))
                .add(TableHead.class, (n, r) -> lineTag("<thead>", "</thead>", n, r))
                .add(TableBody.class, (n, r) -> lineTag("<tbody>", "</tbody>", n, r))
                .add(TableRow.class, (n, r) -> lineTag("<tr>", "</tr>", n, r))
                .add(TableCaption.class, (n, r) -> lineTag("<caption>", "</caption>", n, r))
                .add(TableCell.class, CommonMarkHtml::tableCell)
                .silent(Reference.class, TableSeparator.class);
    }

    /**
     * Writes a link or image reference that matches no definition as the text it was written with, as flexmark
     * does, with any inline markup in its brackets rendered.
     */
    public static void undefinedReference(RefNode node, HtmlRendering r) {
        Node ref = (Node) node;
        if (node instanceof ImageRef || !ref.hasChildren()) {
            r.out().text(ref.getChars().unescape());
        } else {
            r.out().text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
            r.renderChildren(ref);
            r.out().text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
        }
    }

    private void paragraph(Paragraph node, HtmlRendering r) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, options)) {
            r.renderChildren(node);
        } else {
            lineTag("<p>", "</p>", node, r);
        }
    }

    private String orderedListOpen(OrderedList list) {
        int start = list.getStartNumber();
        return listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>";
    }

    private static void listItem(ListItem item, HtmlRendering r) {
        r.out().line().raw("<li>").text(item.getMarkerSuffix().unescape());
        r.renderChildren(item);
        r.out().raw("</li>").line();
    }

    private void taskListItem(TaskListItem item, HtmlRendering r) {
        String marker = item.isItemDoneMarker() ? taskDone : taskNotDone;
        if (listOptions.isTightListItem(item)) {
            r.out().line().raw(classed("<li", tightTaskClass)).raw(marker);
            r.renderChildren(item);
            r.out().raw("</li>").line();
        } else {
            r.out().line().raw(classed("<li", looseTaskClass)).line().raw("<p>").raw(marker);
            r.renderChildren(item);
            r.out().raw("</p>").line().raw("</li>").line();
        }
    }

    private static String classed(String open, String cssClass) {
        return cssClass.isEmpty() ? open + ">" : open + " class=\"" + HtmlEscaper.escape(cssClass) + "\">";
    }

    private static void tableCell(TableCell cell, HtmlRendering r) {
        String tag = cell.isHeader() ? "th" : "td";
        String align = cell.getAlignment() == null ? "" : switch (cell.getAlignment()) {
            case LEFT -> " align=\"left\"";
            case CENTER -> " align=\"center\"";
            case RIGHT -> " align=\"right\"";
        };
        r.out().raw("<" + tag + align + ">");
        r.renderChildren(cell);
        r.out().raw("</" + tag + ">");
    }

    /** Text of the source: backslash escapes and entities resolved, line ends normalised, then escaped. */
    private static void text(BasedSequence chars, HtmlRendering r) {
        if (isLiteral(chars)) {
            r.out().text(chars);
        } else {
            r.out().text(Escaping.normalizeEOL(chars.unescape()));
        }
    }

    /** Preformatted text of the source (a code block's content): line ends normalised, then escaped. */
    public static void preformatted(BasedSequence chars, HtmlOut out) {
        if (lacks(chars, '\r', '\r', '\r')) {
            out.text(chars);
        } else {
            out.text(chars.normalizeEOL());
        }
    }

    /** True when {@code chars} holds no backslash escape, entity or carriage return. */
    private static boolean isLiteral(BasedSequence chars) {
        return lacks(chars, '\\', '&', '\r');
    }

    /** True when {@code chars} holds none of the three characters; read from the source string when it can be. */
    private static boolean lacks(BasedSequence chars, char a, char b, char c) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String source) {
            for (int i = sub.getStartOffset(), end = sub.getEndOffset(); i < end; i++) {
                char x = source.charAt(i);
                if (x == a || x == b || x == c) {
                    return false;
                }
            }
            return true;
        }
        return chars.indexOfAny(CharPredicate.anyOf(a, b, c)) < 0;
    }

    /** A block whose children go on lines of their own: {@code <ul>}, {@code <blockquote>}, {@code <table>}. */
    private static void block(String open, String close, Node node, HtmlRendering r) {
        r.out().line().raw(open).line();
        r.renderChildren(node);
        r.out().line().raw(close).line();
    }

    /** An element that starts on a new line and is followed by a line end. */
    private static void lineTag(String open, String close, Node node, HtmlRendering r) {
        r.out().line().raw(open);
        r.renderChildren(node);
        r.out().raw(close).line();
    }

    private static void inline(String open, String close, Node node, HtmlRendering r) {
        r.out().raw(open);
        r.renderChildren(node);
        r.out().raw(close);
    }
}
