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
 * @param versions the versions built, newest first (the current version alone on a site without
 *     {@code versions.json})
 */
public record DocsInstance(String id, Path path, String pathOption, String routeBasePath, SidebarPath sidebarPath,
        Optional<EditUrl> editUrl, List<String> include, List<String> exclude, boolean showLastUpdateTime,
        boolean showLastUpdateAuthor, Map<String, Object> options, List<DocsVersion> versions) {

    /** Docusaurus's default include globs. */
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.{md,mdx}");

    /** Docusaurus's {@code GlobExcludeDefault}: partials, underscore folders and tests. */
    public static final List<String> DEFAULT_EXCLUDE = List.of("**/_*.{js,jsx,ts,tsx,md,mdx}", "**/_*/**",
            "**/*.test.{js,jsx,ts,tsx}", "**/__tests__/**");

    /**
     * A builder with no edit URL, Docusaurus's default include and exclude globs, no options, no versions and both
     * flags false.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DocsInstance} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private String id;
        private Path path;
        private String pathOption;
        private String routeBasePath;
        private SidebarPath sidebarPath;
        private Optional<EditUrl> editUrl = Optional.empty();
        private List<String> include = DEFAULT_INCLUDE;
        private List<String> exclude = DEFAULT_EXCLUDE;
        private boolean showLastUpdateTime;
        private boolean showLastUpdateAuthor;
        private Map<String, Object> options = Map.of();
        private List<DocsVersion> versions = List.of();

        private Builder() {
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder path(Path value) { this.path = value; return this; }
        public Builder pathOption(String value) { this.pathOption = value; return this; }
        public Builder routeBasePath(String value) { this.routeBasePath = value; return this; }
        public Builder sidebarPath(SidebarPath value) { this.sidebarPath = value; return this; }
        public Builder editUrl(Optional<EditUrl> value) { this.editUrl = value; return this; }
        public Builder include(List<String> value) { this.include = value; return this; }
        public Builder exclude(List<String> value) { this.exclude = value; return this; }
        public Builder showLastUpdateTime(boolean value) { this.showLastUpdateTime = value; return this; }
        public Builder showLastUpdateAuthor(boolean value) { this.showLastUpdateAuthor = value; return this; }
        public Builder options(Map<String, Object> value) { this.options = value; return this; }
        public Builder versions(List<DocsVersion> value) { this.versions = value; return this; }

        public DocsInstance build() {
            return new DocsInstance(id, path, pathOption, routeBasePath, sidebarPath, editUrl, include, exclude,
                    showLastUpdateTime, showLastUpdateAuthor, options, versions);
        }
    }
}
