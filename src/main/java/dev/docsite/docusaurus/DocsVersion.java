package dev.docsite.docusaurus;

import java.nio.file.Path;

/**
 * One version of a docs plugin instance, as Docusaurus's {@code versions/version.ts} computes its metadata: the
 * current version ({@code docs/}, named {@code current}) or a released one ({@code versioned_docs/version-X/}).
 *
 * @param name      {@code current} or the name written in {@code versions.json}
 * @param label     {@code versions[name].label}, else {@code Next} for the current version, else the name
 * @param pathPart  the URL path below the plugin's {@code routeBasePath}: {@code versions[name].path}, else {@code ""}
 *                  for the last version, {@code next} for the current one, else the name
 * @param dir       the version's docs folder, absolute
 * @param sidebar   its sidebars: the plugin's {@code sidebarPath} for the current version, else
 *                  {@code versioned_sidebars/version-X-sidebars.json} (a missing file means no sidebar)
 * @param banner    the banner its pages show
 * @param badge     whether its pages show a "Version: label" badge (by default when the site has several versions)
 * @param className the class of its pages' {@code <html>}: {@code versions[name].className}, else
 *                  {@code docs-version-<name>}
 * @param noIndex   {@code versions[name].noIndex}: its pages ask search engines not to index them
 * @param last      whether it is the last version, the one readers are sent to ({@code lastVersion})
 * @param tags      its tags file (the plugin's {@code tags} option, read in the version's docs folder)
 */
public record DocsVersion(String name, String label, String pathPart, Path dir, SidebarPath sidebar, Banner banner,
                          boolean badge, String className, boolean noIndex, boolean last, DocsTagsFile tags) {

    /** The name of the version in the docs folder itself. */
    public static final String CURRENT = "current";

    /** The banner of a version's pages ({@code versions[name].banner}, else by its place against the last version). */
    public enum Banner {
        /** No banner: the last version, or {@code banner: 'none'}. */
        NONE,
        /** A version newer than the last one: "This is unreleased documentation for …". */
        UNRELEASED,
        /** A version older than the last one: "This is documentation for …, which is no longer actively maintained." */
        UNMAINTAINED
    }

    /** Whether this is the version in the docs folder itself rather than a released one. */
    public boolean current() {
        return name.equals(CURRENT);
    }
}
