package dev.docsite.templates;

/**
 * How the docs pages behave ({@code themeConfig.docs}): read by {@code layout.ftlh}, which writes the sidebar's hide
 * and show buttons and the flags {@code docsite.js} follows.
 *
 * @param sidebarHideable        the docs sidebar has a "Collapse sidebar" button (wide screens)
 * @param autoCollapseCategories opening a sidebar category closes the categories beside it
 * @param versionRemembered      the reader's preferred docs version is kept in {@code localStorage}
 *                               ({@code versionPersistence: 'localStorage'}); with {@code 'none'} it is not
 */
public record DocsThemeView(boolean sidebarHideable, boolean autoCollapseCategories, boolean versionRemembered) {

    /** Docusaurus's defaults, and docsite's own sites: no hide button, no auto-collapse, the version remembered. */
    public static final DocsThemeView DEFAULT = new DocsThemeView(false, false, true);
}
