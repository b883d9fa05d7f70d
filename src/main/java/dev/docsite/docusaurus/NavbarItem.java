package dev.docsite.docusaurus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An item of {@code themeConfig.navbar.items}, or of a dropdown's {@code items}. Built with {@link #builder()}.
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
 * @param items a dropdown's items; a {@code docsVersionDropdown}'s {@code dropdownItemsBefore}, then its
 *     {@code dropdownItemsAfter}
 * @param options every option as written, for what this record does not name ({@code className}, {@code target}...)
 */
public record NavbarItem(String type, Optional<String> label, String position, Optional<String> to,
        Optional<String> href, Optional<String> docId, Optional<String> sidebarId, Optional<String> docsPluginId,
        Optional<String> html, List<NavbarItem> items, Map<String, Object> options) {

    /** A builder with position {@code left}, every optional value absent, no items and no options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NavbarItem} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private String type;
        private Optional<String> label = Optional.empty();
        private String position = "left";
        private Optional<String> to = Optional.empty();
        private Optional<String> href = Optional.empty();
        private Optional<String> docId = Optional.empty();
        private Optional<String> sidebarId = Optional.empty();
        private Optional<String> docsPluginId = Optional.empty();
        private Optional<String> html = Optional.empty();
        private List<NavbarItem> items = List.of();
        private Map<String, Object> options = Map.of();

        private Builder() {
        }

        public Builder type(String value) { this.type = value; return this; }
        public Builder label(Optional<String> value) { this.label = value; return this; }
        public Builder position(String value) { this.position = value; return this; }
        public Builder to(Optional<String> value) { this.to = value; return this; }
        public Builder href(Optional<String> value) { this.href = value; return this; }
        public Builder docId(Optional<String> value) { this.docId = value; return this; }
        public Builder sidebarId(Optional<String> value) { this.sidebarId = value; return this; }
        public Builder docsPluginId(Optional<String> value) { this.docsPluginId = value; return this; }
        public Builder html(Optional<String> value) { this.html = value; return this; }
        public Builder items(List<NavbarItem> value) { this.items = value; return this; }
        public Builder options(Map<String, Object> value) { this.options = value; return this; }

        public NavbarItem build() {
            return new NavbarItem(type, label, position, to, href, docId, sidebarId, docsPluginId, html, items,
                    options);
        }
    }
}
