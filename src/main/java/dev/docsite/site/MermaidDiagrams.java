package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import java.util.Set;

/**
 * Mermaid diagrams, drawn in the browser: a page with a {@code ```mermaid} block on a site that turns them on gets
 * the theme's {@code assets/mermaid-diagrams.js}, which loads the vendored Mermaid bundle; other pages load nothing,
 * and sites without diagrams do not even get the files.
 */
final class MermaidDiagrams {

    /** How the Markdown stage writes a {@code ```mermaid} block's code element. */
    private static final String MERMAID_CODE = "<code class=\"language-mermaid\">";
    static final String SCRIPT = "assets/mermaid-diagrams.js";
    /** The files only a site with diagrams needs. */
    static final Set<String> FILES = Set.of(SCRIPT, "assets/vendor/mermaid.min.js");

    private MermaidDiagrams() {
    }

    /** {@code body}, followed by the diagrams' script when it has a Mermaid block the site draws. */
    static String withScript(String body, SiteConfig config, String root) {
        if (!config.markdown().mermaid() || !body.contains(MERMAID_CODE)) {
            return body;
        }
        return body + "<script src=\"" + root + SCRIPT + "\" defer></script>\n";
    }

    /** Whether the site writes theme file {@code sitePath}. */
    static boolean writes(String sitePath, SiteConfig config) {
        return config.markdown().mermaid() || !FILES.contains(sitePath);
    }
}
