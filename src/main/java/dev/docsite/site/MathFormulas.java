package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.markdown.math.MathHtml;

/**
 * Math formulas, drawn in the browser: a page with a formula on a site that turns math on gets the theme's
 * {@code assets/math-formulas.js}, which loads the vendored KaTeX and its stylesheet; other pages load nothing, and
 * sites without math do not even get the files.
 */
final class MathFormulas {

    static final String SCRIPT = "assets/math-formulas.js";
    /** KaTeX's script, stylesheet and fonts. */
    static final String VENDOR_FOLDER = "assets/vendor/katex/";

    private MathFormulas() {
    }

    /** {@code body}, followed by the formulas' script when it has a formula. */
    static String withScript(String body, SiteConfig config, String root) {
        if (!config.markdown().math()
                || (!body.contains(MathHtml.INLINE_START) && !body.contains(MathHtml.DISPLAY_START))) {
            return body;
        }
        return body + "<script src=\"" + root + SCRIPT + "\" defer></script>\n";
    }

    /** Whether the site writes theme file {@code sitePath}. */
    static boolean writes(String sitePath, SiteConfig config) {
        return config.markdown().math() || !(sitePath.equals(SCRIPT) || sitePath.startsWith(VENDOR_FOLDER));
    }
}
