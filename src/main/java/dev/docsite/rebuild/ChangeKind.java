package dev.docsite.rebuild;

/** What a changed file is to the site, which decides how much must be rebuilt. */
public enum ChangeKind {
    /** A Markdown page under the content folder. */
    PAGE,
    /** A {@code _category_} file: sidebar labels and order. */
    CATEGORY,
    /** A folder under the content folder: pages may have appeared or vanished with it. */
    CONTENT_FOLDER,
    /** Any other file under the content folder (images and other referenced assets). */
    CONTENT_FILE,
    /** A file under the static folder. */
    STATIC,
    /** A template, partial or theme asset override. */
    TEMPLATE,
    /** The KPI feed file. */
    KPI_FEED,
    /** {@code site.yml}: everything is reloaded. */
    CONFIG,
    /** Anything else (the output folder, the state folder, editor swap files). */
    IGNORED
}
