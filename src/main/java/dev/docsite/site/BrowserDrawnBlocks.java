package dev.docsite.site;

import dev.docsite.config.MarkdownFeatures;
import dev.docsite.config.SiteConfig;
import dev.docsite.markdown.math.MathHtml;
import java.util.List;
import java.util.function.Predicate;

/**
 * Blocks drawn in the browser by a vendored library: a page holding one, on a site that turns the feature on, gets
 * the theme's loader script, which loads the library; other pages load nothing, and sites without the feature do
 * not even get the files (Mermaid's bundle is 2.7 MB, KaTeX's fonts 20 files).
 */
enum BrowserDrawnBlocks {

    /** {@code ```mermaid} blocks, drawn by the vendored Mermaid bundle. */
    MERMAID(MarkdownFeatures::mermaid, List.of("<code class=\"language-mermaid\">"), "assets/mermaid-diagrams.js",
            List.of("assets/vendor/mermaid.min.js")),
    /** {@code $…$} and {@code $$} formulas, drawn by the vendored KaTeX (script, stylesheet and fonts). */
    MATH(MarkdownFeatures::math, List.of(MathHtml.INLINE_START, MathHtml.DISPLAY_START), "assets/math-formulas.js",
            List.of("assets/vendor/katex/"));

    private final Predicate<MarkdownFeatures> on;
    /** How the Markdown stage writes the start of such a block. */
    private final List<String> markers;
    final String script;
    /** Paths (or folder prefixes) of the files only a site with the feature needs, beside {@link #script}. */
    private final List<String> vendorFiles;

    BrowserDrawnBlocks(Predicate<MarkdownFeatures> on, List<String> markers, String script, List<String> vendorFiles) {
        this.on = on;
        this.markers = markers;
        this.script = script;
        this.vendorFiles = vendorFiles;
    }

    /** {@code body} with the loader script of each kind of block it holds, for a page {@code root} below the site. */
    static String withScripts(String body, SiteConfig config, String root) {
        StringBuilder scripts = new StringBuilder();
        for (BrowserDrawnBlocks blocks : values()) {
            if (blocks.on.test(config.markdown()) && blocks.markers.stream().anyMatch(body::contains)) {
                scripts.append("<script src=\"").append(root).append(blocks.script).append("\" defer></script>\n");
            }
        }
        return scripts.isEmpty() ? body : body + scripts;
    }

    /** Whether the theme file at {@code sitePath} belongs in this site (false: a feature's file it does not use). */
    static boolean writes(String sitePath, SiteConfig config) {
        for (BrowserDrawnBlocks blocks : values()) {
            boolean ours = sitePath.equals(blocks.script) || blocks.vendorFiles.stream().anyMatch(sitePath::startsWith);
            if (ours && !blocks.on.test(config.markdown())) {
                return false;
            }
        }
        return true;
    }
}
