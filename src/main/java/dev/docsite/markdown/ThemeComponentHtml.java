package dev.docsite.markdown;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.markdown.html.HtmlOut;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.JsxTag;
import dev.docsite.markdown.tabs.TabsRenderer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Docusaurus's theme components as Docusaurus renders them: {@code Tabs}/{@code TabItem}, {@code Admonition},
 * {@code Details}, {@code TOCInline} (from the page's headings), {@code BrowserOnly} (its children, the fallback a
 * static page can show) and {@code Highlight}-style inline spans. Any other component shows only its children.
 */
final class ThemeComponentHtml {

    /** Block components written here; others show only their children (and are reported). */
    static final Set<String> KNOWN = Set.of("Tabs", "TabItem", "Admonition", "Details", "TOCInline", "BrowserOnly",
            "ThemedImage", "DocCardList");
    /** Inline components written here. */
    static final Set<String> KNOWN_INLINE = Set.of("Highlight");

    /** A CSS colour: a name, {@code #hex}, or {@code rgb(…)}/{@code hsl(…)}; anything else is left out. */
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(?:rgb|rgba|hsl|hsla)\\([0-9.,%\\s]+\\)");

    private ThemeComponentHtml() {
    }

    static void element(JsxElement node, BodyRendering r) {
        HtmlOut out = r.out();
        switch (node.name()) {
            case "Tabs" -> TabsRenderer.render(node, r.state.nextTabGroup(), r);
            case "Admonition" -> {
                String type = node.tag().stringAttribute("type");
                type = type == null || type.isEmpty() ? "note" : type;
                String title = node.tag().stringAttribute("title");
                DocsiteHtml.openAdmonition(type, out);
                out.raw("<p class=\"admonition-title\">")
                        .raw(escape(title != null ? title : Character.toUpperCase(type.charAt(0)) + type.substring(1)))
                        .raw("</p>").line();
                r.renderChildren(node);
                out.line().raw("</div>").line();
            }
            case "Details" -> {
                String summary = node.tag().stringAttribute("summary");
                out.line().raw("<details>");
                if (summary != null) {
                    out.raw("<summary>" + escape(summary) + "</summary>");
                }
                out.line();
                r.renderChildren(node);
                out.line().raw("</details>").line();
            }
            case "TOCInline" -> tocInline(node.tag(), r);
            case "ThemedImage" -> themedImage(node, r);
            case "BrowserOnly" -> {
                out.line().raw("<div class=\"browser-only\">").line();
                r.renderChildren(node);
                out.line().raw("</div>").line();
            }
            // Its items (an 'items' prop or the current category's) depend on the sidebar: filled when rendered.
            case "DocCardList" -> out.line().raw(r.state.slot(new BodySlot.DocCardList())).line();
            default -> r.renderChildren(node); // unknown components: only their children show
        }
    }

    /** Whether an inline tag is one written here and, if it opens, is closed in its paragraph. */
    static boolean isKnownInline(JsxInlineTag node) {
        JsxTag tag = node.tag();
        if (!KNOWN_INLINE.contains(tag.name()) || tag.closing() || tag.selfClosing()) {
            return KNOWN_INLINE.contains(tag.name());
        }
        for (Node n = node.getNext(); n != null; n = n.getNext()) {
            if (n instanceof JsxInlineTag t && t.tag().closing() && t.tag().name().equals(tag.name())) {
                return true;
            }
        }
        return false;
    }

    /** {@code <Highlight color="#25c2a0">} … {@code </Highlight>}: a coloured span; other inline components: nothing. */
    static void inlineTag(JsxInlineTag node, HtmlOut out) {
        JsxTag tag = node.tag();
        if (!tag.name().equals("Highlight") || !isKnownInline(node)) {
            return;
        }
        if (tag.closing()) {
            out.raw("</span>");
            return;
        }
        String colour = tag.stringAttribute("color");
        out.raw(colour != null && COLOUR.matcher(colour.strip()).matches()
                ? "<span class=\"highlight\" style=\"background-color: " + escape(colour.strip()) + "\">"
                : "<span class=\"highlight\">");
        if (tag.selfClosing()) {
            out.raw("</span>");
        }
    }

    /**
     * The page's headings from {@code minHeadingLevel} (default 2) to {@code maxHeadingLevel} (default 3) as a nested
     * list, as Docusaurus's {@code <TOCInline toc={toc} />} shows them.
     */
    private static void tocInline(JsxTag tag, BodyRendering r) {
        int min = level(tag.stringAttribute("minHeadingLevel"), 2);
        int max = level(tag.stringAttribute("maxHeadingLevel"), 3);
        HtmlOut out = r.out();
        out.line().raw("<nav class=\"toc-inline\" aria-label=\"On this page\">");
        int depth = 0;
        int[] levels = new int[7];
        for (Heading h : r.state.model.headingList) {
            if (h.level() < min || h.level() > max) {
                continue;
            }
            if (depth > 0 && h.level() > levels[depth]) {
                out.raw("<ul>");
                levels[++depth] = h.level();
            } else {
                while (depth > 1 && h.level() < levels[depth]) {
                    out.raw("</li></ul>");
                    depth--;
                }
                if (depth == 0) {
                    out.raw("<ul>");
                    levels[++depth] = h.level();
                } else {
                    out.raw("</li>");
                }
            }
            out.raw("<li><a href=\"#" + escape(h.id()) + "\">" + escape(h.text()) + "</a>");
        }
        while (depth > 0) {
            out.raw("</li></ul>");
            depth--;
        }
        out.raw("</nav>").line();
    }

    /** Both images, each shown in its colour mode by the theme's CSS ({@code .themed-image--light/--dark}). */
    private static void themedImage(JsxElement node, BodyRendering r) {
        LinkRef[] refs = r.state.model.themedImages.get(node);
        if (refs == null) {
            return;
        }
        String alt = node.tag().stringAttribute("alt");
        HtmlOut out = r.out();
        out.line().raw("<p class=\"themed-image\">");
        String[] modes = {"light", "dark"};
        for (int i = 0; i < 2; i++) {
            if (refs[i] != null) {
                out.raw("<img class=\"themed-image--" + modes[i] + "\""
                        + r.state.slot(new BodySlot.Image(refs[i], alt == null ? "" : alt, null)) + " />");
            }
        }
        out.raw("</p>").line();
    }

    private static int level(String value, int fallback) {
        try {
            return value == null ? fallback : Math.max(1, Math.min(6, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
