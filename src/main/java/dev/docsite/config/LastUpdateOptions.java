package dev.docsite.config;

/**
 * Whether the pages of a docs root show when their file last changed and by whom, from git (Docusaurus's
 * {@code showLastUpdateTime} and {@code showLastUpdateAuthor}).
 */
public record LastUpdateOptions(boolean time, boolean author) {

    /** Neither: the default, and docsite's own sites. */
    public static final LastUpdateOptions NONE = new LastUpdateOptions(false, false);

    public boolean any() {
        return time || author;
    }
}
