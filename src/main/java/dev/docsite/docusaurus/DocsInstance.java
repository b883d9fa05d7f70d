package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of {@code @docusaurus/plugin-content-docs} (the classic preset's {@code docs}, or a plugin entry).
 *
 * @param id {@code default} unless set
 * @param path the docs folder, absolute (the option resolved against the site folder; may lie outside it)
 * @param pathOption the {@code path} option as written (default {@code docs}), used in edit URLs
 * @param routeBasePath URL prefix of the docs as written, default {@code docs}; {@code /} puts them at the root
 * @param sidebarPath where the sidebars come from
 * @param editUrl the edit link, when set
 * @param include globs of doc files, default {@code **}{@code /*.{md,mdx}}
 * @param exclude globs left out, default Docusaurus's {@code GlobExcludeDefault}
 * @param showLastUpdateTime whether pages show their last git commit date
 * @param showLastUpdateAuthor whether pages show their last git commit author
 * @param options every option as written (versions, tags, number prefix parser...)
 */
public record DocsInstance(String id, Path path, String pathOption, String routeBasePath, SidebarPath sidebarPath,
        Optional<EditUrl> editUrl, List<String> include, List<String> exclude, boolean showLastUpdateTime,
        boolean showLastUpdateAuthor, Map<String, Object> options) {

    /** Docusaurus's default include globs. */
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.{md,mdx}");

    /** Docusaurus's {@code GlobExcludeDefault}: partials, underscore folders and tests. */
    public static final List<String> DEFAULT_EXCLUDE = List.of("**/_*.{js,jsx,ts,tsx,md,mdx}", "**/_*/**",
            "**/*.test.{js,jsx,ts,tsx}", "**/__tests__/**");
}
