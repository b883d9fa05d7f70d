package dev.docsite.templates;

/**
 * The docs version a page belongs to, as the classic theme shows it: search metadata, the {@code <html>} class, the
 * version badge and the banner of versions other than the last one.
 *
 * @param pluginId    the docs plugin instance ({@code default})
 * @param name        the version name ({@code current}, {@code 1.0}): {@code docusaurus_version} and
 *                    {@code docsearch:version}
 * @param label       the version label ({@code Next}, {@code 1.0})
 * @param className   the class of the page's {@code <html>} ({@code docs-version-1.0})
 * @param noIndex     whether search engines are asked not to index the page
 * @param badge       whether the page shows "Version: label"
 * @param banner      {@code unreleased}, {@code unmaintained}, or {@code null} for no banner
 * @param latestHref  where the banner's "latest version" link goes (relative to the page): the same doc in the last
 *                    version, else that version's main doc; {@code null} without a banner
 * @param latestLabel the last version's label, shown after that link
 * @param latestName  the last version's name, which that link makes the reader's preferred version when followed
 */
public record DocVersionView(String pluginId, String name, String label, String className, boolean noIndex,
                             boolean badge, String banner, String latestHref, String latestLabel, String latestName) {

    /** {@code docs-<pluginId>-<name>}: Docusaurus's {@code docusaurus_tag} search metadata. */
    public String getSearchTag() {
        return "docs-" + pluginId + "-" + name;
    }
}
