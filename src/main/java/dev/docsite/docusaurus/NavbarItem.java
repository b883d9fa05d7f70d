package dev.docsite.docusaurus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An item of {@code themeConfig.navbar.items}, or of a dropdown's {@code items}.
 *
 * @param type as Docusaurus infers it: {@code default} (a link: {@code to} or {@code href}), {@code dropdown} (has
 *     {@code items}), {@code doc}, {@code docSidebar}, {@code html}, {@code search}, {@code docsVersionDropdown},
 *     {@code localeDropdown}, {@code docsVersion} or a {@code custom-*} type
 * @param label the text; for {@code doc} and {@code docSidebar} items without one, the doc's title
 * @param position {@code left} (default) or {@code right}
 * @param to a site path (receives the base URL)
 * @param href a full URL
 * @param docId the doc of a {@code doc} item
 * @param sidebarId the sidebar of a {@code docSidebar} item (links to its first doc)
 * @param docsPluginId the docs plugin instance of {@code doc}/{@code docSidebar} items, when not the default one
 * @param html the HTML of an {@code html} item ({@code value})
 * @param items a dropdown's items
 * @param options every option as written, for what this record does not name ({@code className}, {@code target}...)
 */
public record NavbarItem(String type, Optional<String> label, String position, Optional<String> to,
        Optional<String> href, Optional<String> docId, Optional<String> sidebarId, Optional<String> docsPluginId,
        Optional<String> html, List<NavbarItem> items, Map<String, Object> options) {
}
