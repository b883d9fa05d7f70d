package dev.docsite.docusaurus.sidebars;

import java.util.List;
import java.util.Optional;

/** What a sidebar category's label links to. */
public sealed interface CategoryLink {

    /** {@code {type: 'doc', id}}: the category's label opens that doc. */
    record Doc(String id) implements CategoryLink {
    }

    /**
     * {@code {type: 'generated-index'}}: a page listing the category's items as cards. The slug defaults to
     * {@code /category/<label slug>} when built.
     */
    record GeneratedIndex(Optional<String> slug, Optional<String> title, Optional<String> description,
            Optional<String> image, List<String> keywords) implements CategoryLink {
    }
}
