package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.links.UrlText;
import dev.docsite.nav.DocVersions;
import dev.docsite.templates.DocVersionView;
import java.util.Locale;

/**
 * Stage 6: a doc's {@link DocVersionView}, as the classic theme's {@code DocVersionBanner} and {@code DocVersionBadge}
 * show it: the banner's "latest version" link leads to the same doc in the last version, else to that version's
 * main doc.
 */
final class DocVersionViews {

    private DocVersionViews() {
    }

    /** The version view of {@code page}, or {@code null} when it is no versioned doc. */
    static DocVersionView of(DocVersions versions, Page page) {
        ContentRoot root = page.source().root();
        DocsVersion version = root.version().orElse(null);
        if (version == null) {
            return null;
        }
        String banner = version.banner() == DocsVersion.Banner.NONE ? null
                : version.banner().name().toLowerCase(Locale.ROOT);
        ContentRoot last = versions.last(root.pluginId()).orElse(root);
        Page latest = banner == null ? null : versions.target(page, last);
        return new DocVersionView(root.pluginId(), version.name(), version.label(), version.className(),
                version.noIndex(), version.badge(), banner,
                latest == null ? null : page.root() + UrlText.encodePath(latest.url()),
                last.version().map(DocsVersion::label).orElse(version.label()),
                last.version().map(DocsVersion::name).orElse(version.name()));
    }
}
