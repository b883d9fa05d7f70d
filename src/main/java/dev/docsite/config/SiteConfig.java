package dev.docsite.config;

import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build needs to know, resolved from {@code site.yml} and command-line flags (flags win).
 * All paths are absolute and normalized.
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
 * @param notices      what reading the configuration found that the build must report with its other problems
 *                     (plugins docsite does not run, a blog not built yet, React pages); empty for site.yml sites
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
        List<Problem> notices) {

    /** A site whose configuration has nothing to report. */
    public SiteConfig(Path siteRoot, String title, String tagline, String url, String baseUrl, SiteLayout layout,
                      Path templatesDir, Path outDir, boolean strict, Path reportFile, String editUrl,
                      List<LinkBase> linkBases, KpiConfig kpi, java.util.Map<String, Object> params, ThemeConfig theme) {
        this(siteRoot, title, tagline, url, baseUrl, layout, templatesDir, outDir, strict, reportFile, editUrl,
                linkBases, kpi, params, theme, List.of());
    }

    /** A site whose header and footer come from docsite's own settings only (no Docusaurus {@code themeConfig}). */
    public SiteConfig(Path siteRoot, String title, String tagline, String url, String baseUrl, SiteLayout layout,
                      Path templatesDir, Path outDir, boolean strict, Path reportFile, String editUrl,
                      List<LinkBase> linkBases, KpiConfig kpi, java.util.Map<String, Object> params) {
        this(siteRoot, title, tagline, url, baseUrl, layout, templatesDir, outDir, strict, reportFile, editUrl,
                linkBases, kpi, params, ThemeConfig.none());
    }

    public SiteConfig {
        linkBases = List.copyOf(linkBases);
        notices = List.copyOf(notices);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
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
