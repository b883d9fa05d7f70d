package dev.docsite.nav;

import dev.docsite.content.Page;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a resolved sidebar: every item type a Docusaurus sidebar can show, with doc ids already bound to
 * pages. Immutable. Optional texts ({@code label}, {@code className}, {@code description}) are {@code null} when not
 * given; {@code customProps} are kept for templates as the writer gave them.
 */
public sealed interface SidebarItem permits SidebarItem.DocItem, SidebarItem.LinkItem, SidebarItem.HtmlItem,
        SidebarItem.CategoryItem {

    /**
     * A page of the site ({@code doc} and {@code ref} items, and doc ids given as strings).
     *
     * @param label overrides the page's sidebar label
     * @param ref   a {@code ref} item: links to the page without showing this sidebar on it or paginating to it
     */
    record DocItem(Page page, String label, boolean ref, String className, Map<String, Object> customProps)
            implements SidebarItem {

        public DocItem {
            Objects.requireNonNull(page, "page");
            customProps = frozen(customProps);
        }

        /** A plain doc entry: the page with its own label. */
        public static DocItem of(Page page) {
            return new DocItem(page, null, false, null, Map.of());
        }

        /** The text shown: the item's label, else the page's {@code sidebar_label}, else its title. */
        public String shownLabel() {
            return label != null ? label : page.sidebarLabel();
        }
    }

    /**
     * A link that is not a doc of the site.
     *
     * @param href     an internal site URL (like {@link Page#url()}: no leading slash, may end with {@code #anchor}),
     *                 written relative to each page, or an external URL written as it is
     * @param internal    whether {@code href} is a site URL
     * @param description the text of its card in a generated index or {@code DocCardList}, or {@code null}
     */
    record LinkItem(String label, String href, boolean internal, String className, String description)
            implements SidebarItem {

        public LinkItem {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(href, "href");
        }

        /** A link without a description (shown on cards only). */
        public LinkItem(String label, String href, boolean internal, String className) {
            this(label, href, internal, className, null);
        }
    }

    /**
     * Raw HTML written into the sidebar as it is (the sidebar's author wrote it, as in Docusaurus).
     *
     * @param defaultStyle whether it gets the padding and look of a sidebar entry
     */
    record HtmlItem(String value, String className, boolean defaultStyle) implements SidebarItem {

        public HtmlItem {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A category.
     *
     * @param link        what its label links to, or {@code null} (the label only opens and closes it)
     * @param collapsed   starts closed (unless the current page is inside it or is its link)
     * @param collapsible {@code false}: always open, without a toggle
     */
    record CategoryItem(String label, CategoryLink link, boolean collapsed, boolean collapsible, String className,
                        Map<String, Object> customProps, String description, List<SidebarItem> items)
            implements SidebarItem {

        public CategoryItem {
            Objects.requireNonNull(label, "label");
            customProps = frozen(customProps);
            items = List.copyOf(items);
        }

        /** The page its label links to, or {@code null}. */
        public Page linkedPage() {
            return link instanceof CategoryLink.DocLink d ? d.page() : null;
        }

        /** The site URL its label links to, or {@code null}. */
        public String linkUrl() {
            return link == null ? null : link.url();
        }
    }

    private static Map<String, Object> frozen(Map<String, Object> props) {
        // Map.copyOf refuses null values, which JSON custom props may hold.
        return props == null || props.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
    }
}
