package dev.docsite.nav;

import dev.docsite.content.Page;
import java.util.Objects;

/** What a sidebar category's label links to: one of its docs, or its generated index page. */
public sealed interface CategoryLink permits CategoryLink.DocLink, CategoryLink.GeneratedIndex {

    /** The site URL of the link target (no leading slash, as {@link Page#url()}). */
    String url();

    /** {@code link: {type: doc, id}}: the category's own page. */
    record DocLink(Page page) implements CategoryLink {

        public DocLink {
            Objects.requireNonNull(page, "page");
        }

        @Override
        public String url() {
            return page.url();
        }
    }

    /**
     * {@code link: {type: generated-index}}: a page listing the category's items, built by the site.
     *
     * @param url   its site URL ({@code category/guides/} by default in Docusaurus)
     * @param title       its title, or {@code null} for the category's label
     * @param description the text under its title, or {@code null}
     */
    record GeneratedIndex(String url, String title, String description) implements CategoryLink {

        public GeneratedIndex {
            Objects.requireNonNull(url, "url");
        }

        /** The way from the page back to the site root: {@code ../} per folder of its URL, {@code ./} at the root. */
        public String root() {
            int depth = (int) url.chars().filter(c -> c == '/').count();
            return depth == 0 ? "./" : "../".repeat(depth);
        }

        /** A generated index without a description. */
        public GeneratedIndex(String url, String title) {
            this(url, title, null);
        }
    }
}
