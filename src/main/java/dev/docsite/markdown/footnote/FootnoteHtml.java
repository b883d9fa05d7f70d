package dev.docsite.markdown.footnote;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.html.HtmlOut;
import dev.docsite.markdown.html.HtmlRendering;

import static dev.docsite.web.HtmlEscaper.escape;

/**
 * The HTML of footnotes, as remark-rehype (mdast-util-to-hast) writes it in Docusaurus: a call is
 * {@code <sup><a href="#user-content-fn-x" id="user-content-fnref-x" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>};
 * the notes follow the page's text in a {@code <section data-footnotes="" class="footnotes">} under a heading only
 * screen readers see ({@code sr-only}), each note a list item ending with one back link per call.
 */
public final class FootnoteHtml {

    private FootnoteHtml() {
    }

    /** Writes the call {@code node}: a numbered link to its note, or the text it was written as without a note. */
    public static void call(Footnote node, FootnoteNumbers numbers, HtmlOut out) {
        FootnoteNumbers.Call call = numbers.call(node);
        if (call == null) {
            out.text(node.getChars().unescape());
            return;
        }
        FootnoteNumbers.Note note = call.note();
        out.raw("<sup><a href=\"#" + escape(FootnoteIds.note(note)) + "\" id=\""
                + escape(FootnoteIds.call(note, call.occurrence())) + "\" data-footnote-ref=\"\" aria-describedby=\""
                + FootnoteNumbers.LABEL_ID + "\">" + note.number() + "</a></sup>");
    }

    /** Writes the section of notes after the page's last block; nothing when no note is called. */
    public static void section(FootnoteNumbers numbers, HtmlRendering r) {
        if (numbers.notes().isEmpty()) {
            return;
        }
        HtmlOut out = r.out();
        out.line().raw("<section data-footnotes=\"\" class=\"footnotes\"><h2 class=\"sr-only\" id=\""
                + FootnoteNumbers.LABEL_ID + "\">Footnotes</h2>").line().raw("<ol>").line();
        for (FootnoteNumbers.Note note : numbers.notes()) {
            out.raw("<li id=\"" + escape(FootnoteIds.note(note)) + "\">").line();
            Node last = note.block().getLastChild();
            for (Node child = note.block().getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    out.line().raw("<p>");
                    r.renderChildren(paragraph);
                    if (child == last) {
                        out.raw(" ").raw(backLinks(note));
                    }
                    out.raw("</p>").line();
                } else {
                    r.render(child);
                }
            }
            if (!(last instanceof Paragraph)) {
                out.line().raw(backLinks(note)).line();
            }
            out.line().raw("</li>").line();
        }
        out.raw("</ol>").line().raw("</section>").line();
    }

    /** One {@code ↩} per call, the second and later numbered, as remark's default back content and label. */
    private static String backLinks(FootnoteNumbers.Note note) {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= note.calls(); i++) {
            if (i > 1) {
                links.append(' ');
            }
            links.append("<a href=\"#").append(escape(FootnoteIds.call(note, i)))
                    .append("\" data-footnote-backref=\"\" aria-label=\"Back to reference ").append(note.number())
                    .append(i > 1 ? "-" + i : "").append("\" class=\"data-footnote-backref\">↩")
                    .append(i > 1 ? "<sup>" + i + "</sup>" : "").append("</a>");
        }
        return links.toString();
    }
}
