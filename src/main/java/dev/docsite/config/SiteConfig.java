package dev.docsite.config;

import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.problem.Problem;
import dev.docsite.docusaurus.BlogOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build needs to know, resolved from {@code site.yml} and command-line flags (flags win).
 * All paths are absolute and normalized. Built with {@link #builder()}.
 *
 * @param siteRoot     folder holding {@code site.yml}; nothing outside it and the configured content roots and static
 *                     folders is read or written
 * @param title        site title shown in the header
 * @param tagline      optional one-line description
 * @param url          absolute site origin for the sitemap ({@code https://docs.example.com}), or {@code null}
 * @param baseUrl      path prefix the site is served under, always starting and ending with {@code /}
 * @param layout       content roots, static folders, routes known but not built, and the link rules
 * @param templatesDir site-specific template overrides (falls back to the built-in theme)
 * @param outDir       final output folder
 * @param strict       warnings fail the build
 * @param reportFile   JSON report destination, or {@code null}
 * @param editUrl      base URL for "edit this page" links, or {@code null}
 * @param linkBases    prefixes of links that go to documentation outside this site
 * @param kpi          KPI feed settings
 * @param params       free-form {@code params:} for templates
 * @param theme        navbar, footer, colour mode and social card of a Docusaurus site ({@code themeConfig})
 * @param markdown     Markdown features the site turns on (Mermaid diagrams)
 * @param notices      what reading the configuration found that the build must report with its other problems
 *                     (plugins docsite does not run, React pages); empty for site.yml sites
 * @param blogs        the options of each Docusaurus blog instance, whose posts are the {@code BLOG} content root with
 *                     the same plugin id; empty for site.yml sites
 */
public record SiteConfig(
        Path siteRoot,
        String title,
        String tagline,
        String url,
        String baseUrl,
        SiteLayout layout,
        Path templatesDir,
        Path outDir,
        boolean strict,
        Path reportFile,
        String editUrl,
        List<LinkBase> linkBases,
        KpiConfig kpi,
        java.util.Map<String, Object> params,
        ThemeConfig theme,
        MarkdownFeatures markdown,
        List<Problem> notices,
        List<BlogOptions> blogs) {

    public SiteConfig {
        linkBases = List.copyOf(linkBases);
        blogs = List.copyOf(blogs);
        notices = List.copyOf(notices);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /**
     * A builder with no title, tagline, url, edit URL, report file or templates folder, base URL {@code /}, no link
     * bases, default KPI settings, no params, no Docusaurus theme ({@link ThemeConfig#none()}), no notices, not strict.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.siteRoot = siteRoot;
        b.title = title;
        b.tagline = tagline;
        b.url = url;
        b.baseUrl = baseUrl;
        b.layout = layout;
        b.templatesDir = templatesDir;
        b.outDir = outDir;
        b.strict = strict;
        b.reportFile = reportFile;
        b.editUrl = editUrl;
        b.linkBases = linkBases;
        b.kpi = kpi;
        b.params = params;
        b.theme = theme;
        b.markdown = markdown;
        b.notices = notices;
        b.blogs = blogs;
        return b;
    }

    /** Builds a {@link SiteConfig} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private Path siteRoot;
        private String title;
        private String tagline;
        private String url;
        private String baseUrl = "/";
        private SiteLayout layout;
        private Path templatesDir;
        private Path outDir;
        private boolean strict;
        private Path reportFile;
        private String editUrl;
        private List<LinkBase> linkBases = List.of();
        private KpiConfig kpi = KpiConfig.defaults();
        private java.util.Map<String, Object> params = java.util.Map.of();
        private ThemeConfig theme = ThemeConfig.none();
        private MarkdownFeatures markdown = MarkdownFeatures.NONE;
        private List<Problem> notices = List.of();
        private List<BlogOptions> blogs = List.of();

        private Builder() {
        }

        public Builder siteRoot(Path value) { this.siteRoot = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder tagline(String value) { this.tagline = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder baseUrl(String value) { this.baseUrl = value; return this; }
        public Builder layout(SiteLayout value) { this.layout = value; return this; }
        public Builder templatesDir(Path value) { this.templatesDir = value; return this; }
        public Builder outDir(Path value) { this.outDir = value; return this; }
        public Builder strict(boolean value) { this.strict = value; return this; }
        public Builder reportFile(Path value) { this.reportFile = value; return this; }
        public Builder editUrl(String value) { this.editUrl = value; return this; }
        public Builder linkBases(List<LinkBase> value) { this.linkBases = value; return this; }
        public Builder kpi(KpiConfig value) { this.kpi = value; return this; }
        public Builder params(java.util.Map<String, Object> value) { this.params = value; return this; }
        public Builder theme(ThemeConfig value) { this.theme = value; return this; }
        public Builder markdown(MarkdownFeatures value) { this.markdown = value; return this; }
        public Builder notices(List<Problem> value) { this.notices = value; return this; }
        public Builder blogs(List<BlogOptions> value) { this.blogs = value; return this; }

        public SiteConfig build() {
            return new SiteConfig(siteRoot, title, tagline, url, baseUrl, layout, templatesDir, outDir, strict,
                    reportFile, editUrl, linkBases, kpi, params, theme, markdown, notices, blogs);
        }
    }

    /** The main content folder: the first content root's (docsite's {@code content} folder). */
    public Path contentDir() {
        return layout.contentRoots().get(0).dir();
    }

    /** The first static folder. */
    public Path staticDir() {
        return layout.staticDirs().isEmpty() ? siteRoot.resolve("static") : layout.staticDirs().get(0);
    }

    public List<ContentRoot> contentRoots() {
        return layout.contentRoots();
    }

    public List<Path> staticDirs() {
        return layout.staticDirs();
    }

    /** The content root holding {@code file}, or {@code null}; the innermost when roots are nested. */
    public ContentRoot rootOf(Path file) {
        ContentRoot best = null;
        for (ContentRoot r : layout.contentRoots()) {
            if (file.startsWith(r.dir()) && (best == null || r.dir().startsWith(best.dir()))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Whether content may read {@code file}: it lies in the site folder, a content root or a static folder. This is
     * the path rule only; where a symbolic link really leads is judged by the reader.
     */
    public boolean readable(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(siteRoot) || rootOf(abs) != null) {
            return true;
        }
        for (Path dir : layout.staticDirs()) {
            if (abs.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    /** Where state that must survive builds lives (last good KPI snapshot); outside the output folder. */
    public Path stateDir() {
        return siteRoot.resolve(".docsite");
    }

    /**
     * Path for messages: relative to the site root when inside it or a content root beside it
     * ({@code ../docs/intro.md}), else absolute.
     */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(siteRoot) || rootOf(abs) != null && abs.getRoot() != null
                && abs.getRoot().equals(siteRoot.getRoot())) {
            return siteRoot.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }
}
