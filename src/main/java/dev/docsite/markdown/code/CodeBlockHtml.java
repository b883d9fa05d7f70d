package dev.docsite.markdown.code;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.markdown.html.HtmlOut;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Writes a code block as Docusaurus shows it:
 * <pre>{@code
 * <div class="code-block">
 * <div class="code-title">src/a.js</div>
 * <pre tabindex="0" aria-label="Code: src/a.js" class="code-line-numbers"><code class="language-js"><span
 *   class="code-line code-line-highlighted">let a;</span>
 * </code></pre>
 * </div>
 * }</pre>
 * The {@code pre} is focusable so that long lines can be scrolled with the keyboard. Lines are wrapped in
 * {@code span.code-line} only when some are highlighted or numbered (numbers are CSS counters, never text), so the
 * text of {@code code} is exactly the code: what the theme's copy button copies. Magic comments are removed unless a
 * {@code {1,3-5}} range is given, which then wins, as in Docusaurus. {@code npm2yarn} blocks become npm / yarn / pnpm
 * tabs of the {@code npm2yarn} group.
 */
public final class CodeBlockHtml {

    private CodeBlockHtml() {
    }

    /**
     * @param code     the code, lines separated by {@code \n}, with or without a final line break
     * @param tabGroup the number of the next tab group of the page (called only for {@code npm2yarn})
     */
    public static void write(String code, CodeMeta meta, HtmlOut out, IntSupplier tabGroup) {
        if (meta.npm2yarn()) {
            npm2yarn(code, meta, out, tabGroup.getAsInt());
            return;
        }
        block(code, meta, out);
    }

    private static void block(String code, CodeMeta meta, HtmlOut out) {
        List<String> lines = lines(code);
        BitSet highlighted = meta.highlighted();
        if (highlighted == null) {
            MagicComments.Result magic = MagicComments.apply(lines, meta.language());
            lines = magic.lines();
            highlighted = magic.highlighted();
        }
        boolean perLine = !highlighted.isEmpty() || meta.showLineNumbers();
        out.line().raw("<div class=\"code-block\">");
        if (meta.title() != null) {
            out.raw("<div class=\"code-title\">" + escape(meta.title()) + "</div>");
        }
        String label = meta.title() != null ? "Code: " + meta.title()
                : meta.language().isEmpty() ? "Code" : "Code (" + meta.language() + ")";
        out.raw("<pre tabindex=\"0\" aria-label=\"" + escape(label) + "\""
                + (meta.showLineNumbers() ? " class=\"code-line-numbers\"" : "") + ">").openPre();
        out.raw(meta.language().isEmpty() ? "<code>" : "<code class=\"language-" + escape(meta.language()) + "\">");
        for (int i = 0; i < lines.size(); i++) {
            if (perLine) {
                out.rawPre("<span class=\"code-line" + (highlighted.get(i) ? " code-line-highlighted" : "") + "\">")
                        .text(lines.get(i)).rawPre("</span>\n");
            } else {
                out.text(lines.get(i)).text("\n");
            }
        }
        out.raw("</code>").closePre().raw("</pre></div>").line();
    }

    private static void npm2yarn(String code, CodeMeta meta, HtmlOut out, int number) {
        String id = "tabs-" + number;
        Npm2Yarn.Manager[] managers = Npm2Yarn.Manager.values();
        out.line().raw("<div class=\"tabs\" id=\"" + id + "\" data-group-id=\"npm2yarn\">").line();
        out.raw("<div class=\"tabs-list\" role=\"tablist\">").line();
        for (int i = 0; i < managers.length; i++) {
            String name = managers[i].name().toLowerCase(java.util.Locale.ROOT);
            out.raw("<button type=\"button\" role=\"tab\" class=\"tab-button\" id=\"" + id + "-tab-" + (i + 1)
                    + "\" aria-controls=\"" + id + "-panel-" + (i + 1) + "\" aria-selected=\"" + (i == 0)
                    + "\" tabindex=\"" + (i == 0 ? "0" : "-1") + "\" data-tab-value=\"" + name + "\">" + name
                    + "</button>").line();
        }
        out.raw("</div>").line();
        CodeMeta plain = new CodeMeta(meta.language(), meta.title(), meta.highlighted(), meta.showLineNumbers(), false);
        for (int i = 0; i < managers.length; i++) {
            String name = managers[i].name().toLowerCase(java.util.Locale.ROOT);
            out.raw("<div class=\"tab-panel\" role=\"tabpanel\" id=\"" + id + "-panel-" + (i + 1)
                    + "\" aria-labelledby=\"" + id + "-tab-" + (i + 1) + "\" data-tab-value=\"" + name + "\""
                    + (i == 0 ? " data-default=\"true\"" : "") + ">").line();
            out.raw("<p class=\"tab-label\">" + name + "</p>").line();
            block(Npm2Yarn.convert(code, managers[i]), plain, out);
            out.line().raw("</div>").line();
        }
        out.raw("</div>").line();
    }

    private static List<String> lines(String code) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (code.isEmpty()) {
            lines.clear();
        }
        return lines;
    }
}
