package dev.docsite.content;

/**
 * A content folder's sidebar metadata, from {@code _category_.json}/{@code _category_.yml} when present.
 *
 * @param folder      content-relative folder path ({@code 02-setup/advanced})
 * @param label       label shown in the sidebar (defaults to the folder name without number prefix)
 * @param position    sort position among siblings, or {@code null}
 * @param collapsed   whether the category starts collapsed when not on the active path
 * @param linkDocId   doc id the category label links to ({@code link: {type: doc, id: ...}}), or {@code null}
 * @param description optional description
 */
public record Category(String folder, String label, Double position, boolean collapsed, String linkDocId,
                       String description) {
}
