package dev.docsite.docusaurus;

/**
 * {@code themeConfig.docs} as the classic theme reads it.
 *
 * @param sidebarHideable        {@code docs.sidebar.hideable}: a button at the foot of the docs sidebar hides it
 *                               (and a bar in its place shows it again)
 * @param autoCollapseCategories {@code docs.sidebar.autoCollapseCategories}: opening a sidebar category closes its
 *                               sibling categories
 * @param versionPersistence     {@code docs.versionPersistence}: {@code localStorage} (the reader's preferred docs
 *                               version is remembered) or {@code none} (it is not)
 */
public record DocsTheme(boolean sidebarHideable, boolean autoCollapseCategories, String versionPersistence) {

    /** The classic theme's defaults. */
    public static final DocsTheme DEFAULT = new DocsTheme(false, false, "localStorage");

    /** Reads {@code themeConfig.docs}; an unknown {@code versionPersistence} is an error, as in Docusaurus. */
    static DocsTheme read(Fields docs) throws DocusaurusConfigException {
        String persistence = docs.string("versionPersistence", "localStorage");
        if (!persistence.equals("localStorage") && !persistence.equals("none")) {
            throw docs.error("versionPersistence", "must be 'localStorage' or 'none', not '" + persistence + "'");
        }
        var sidebar = docs.object("sidebar");
        return new DocsTheme(sidebar.isPresent() && sidebar.get().bool("hideable", false),
                sidebar.isPresent() && sidebar.get().bool("autoCollapseCategories", false), persistence);
    }
}
