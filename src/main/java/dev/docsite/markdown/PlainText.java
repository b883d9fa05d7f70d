package dev.docsite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.kpi.InlineKpi;
import dev.docsite.markdown.math.MathInline;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.MdxComment;

/** The text content of inline Markdown, as mdast's toString sees it (HTML and JSX tags excluded). */
final class PlainText {

    private PlainText() {
    }

    static String of(Node parent) {
        StringBuilder sb = new StringBuilder();
        append(parent, sb);
        return sb.toString().trim();
    }

    private static void append(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                sb.append(n.getChars().unescape());
            } else if (n instanceof Code code) {
                sb.append(code.getText());
            } else if (n instanceof MathInline math) {
                sb.append(math.tex()); // as remark's toString: a heading's id and TOC entry keep its formula's TeX
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(n instanceof HtmlInline || n instanceof HtmlInlineComment || n instanceof JsxInlineTag
                    || n instanceof MdxComment || n instanceof InlineKpi)) {
                append(n, sb);
            }
        }
    }
}
