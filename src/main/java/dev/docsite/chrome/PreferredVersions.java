package dev.docsite.chrome;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.nav.DocVersions;
import dev.docsite.templates.NavbarItemView;
import dev.docsite.templates.VersionChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The reader's preferred docs version for the navbar items that follow it ({@code doc}, {@code docSidebar},
 * {@code docsVersion}, {@code docsVersionDropdown}): on a page outside the plugin's docs, Docusaurus leads them into
 * the version the reader last chose (else the last version); that choice lives in the reader's browser, so the item
 * is drawn for the last version and carries its target and label in every version ({@link VersionChoice}) for the
 * theme script to swap in. On a doc of the plugin, the version read wins and nothing is added.
 */
final class PreferredVersions {

    private final DocVersions versions;

    PreferredVersions(DocVersions versions) {
        this.versions = versions;
    }

    /**
     * {@code view} as seen from {@code page}, with its target in each version of {@code plugin} ({@code target}
     * gives {@code null} for a version without one) and, when {@code label} is given, its label in each.
     *
     * @param root the prefix from the page to the site root, as for {@link ChromeTarget#href}
     */
    NavbarItemView follow(NavbarItemView view, Page page, String root, String plugin,
                          Function<ContentRoot, ChromeTarget> target, Function<ContentRoot, String> label) {
        if (versions.reads(page, plugin)) {
            return view;
        }
        Map<String, String> hrefs = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ContentRoot version : versions.versions(plugin)) {
            String name = version.version().map(DocsVersion::name).orElseThrow();
            ChromeTarget t = target.apply(version);
            if (t != null) {
                hrefs.put(name, t.href(root));
            }
            if (label != null) {
                labels.put(name, label.apply(version));
            }
        }
        return view.withVersionChoice(new VersionChoice(plugin, null, hrefs, labels));
    }
}
