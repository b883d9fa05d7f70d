package dev.docsite.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build needs to know, resolved from {@code site.yml} and command-line flags (flags win).
 * All paths are absolute and normalized.
 *
 * @param siteRoot     folder holding {@code site.yml}; no content path may escape it
 * @param title        site title shown in the header
 * @param tagline      optional one-line description
 * @param url          absolute site origin for the sitemap ({@code https://docs.example.com}), or {@code null}
 * @param baseUrl      path prefix the site is served under, always starting and ending with {@code /}
 * @param contentDir   Markdown pages
 * @param staticDir    copied to the output root as-is
 * @param templatesDir site-specific template overrides (falls back to the built-in theme)
 * @param outDir       final output folder
 * @param strict       warnings fail the build
 * @param reportFile   JSON report destination, or {@code null}
 * @param editUrl      base URL for "edit this page" links, or {@code null}
 * @param linkBases    prefixes of links that go to documentation outside this site
 * @param kpi          KPI feed settings
 * @param params       free-form {@code params:} for templates
 */
public record SiteConfig(
        Path siteRoot,
        String title,
        String tagline,
        String url,
        String baseUrl,
        Path contentDir,
        Path staticDir,
        Path templatesDir,
        Path outDir,
        boolean strict,
        Path reportFile,
        String editUrl,
        List<LinkBase> linkBases,
        KpiConfig kpi,
        java.util.Map<String, Object> params) {

    public SiteConfig {
        linkBases = List.copyOf(linkBases);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** Where state that must survive builds lives (last good KPI snapshot); outside the output folder. */
    public Path stateDir() {
        return siteRoot.resolve(".docsite");
    }

    /** Path for messages: relative to the site root when inside it. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(siteRoot)) {
            return siteRoot.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }
}
