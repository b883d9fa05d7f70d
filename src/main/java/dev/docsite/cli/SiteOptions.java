package dev.docsite.cli;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command; each has a site.yml key, and the flag wins. */
public final class SiteOptions {

    @Option(names = "--site", paramLabel = "DIR", description = "Site root holding site.yml or docusaurus.config.{js,mjs,cjs,ts} (default: .)")
    Path site = Path.of(".");

    @Option(names = "--content", paramLabel = "DIR", description = "Markdown pages (site.yml: content, default: content)")
    Path content;

    @Option(names = "--static", paramLabel = "DIR", description = "Files copied as-is to the output root (site.yml: static, default: static)")
    Path staticDir;

    @Option(names = "--templates", paramLabel = "DIR", description = "Template overrides (site.yml: templates, default: templates)")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (site.yml: out, default: site-output)")
    Path out;

    @Option(names = "--base-url", paramLabel = "PATH", description = "Path prefix the site is served under, e.g. /docs/ (site.yml: base_url, default: /)")
    String baseUrl;

    @Option(names = "--strict", description = "Fail on any problem, warnings included (site.yml: strict)")
    Boolean strict;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report of pages and problems (site.yml: report)")
    Path report;

    @Option(names = "--feed", paramLabel = "FILE|URL", description = "KPI data feed (site.yml: kpi.feed)")
    String feed;

    @Option(names = "--allow-outside", paramLabel = "PATH", description = "Let the site's content, static,"
            + " templates, report and feed paths point into PATH although it lies outside the site root; repeatable"
            + " (site.yml: allow_outside)")
    java.util.List<Path> allowOutside = new java.util.ArrayList<>();

    /** The flags as overrides of site.yml. */
    ConfigOverrides overrides() {
        return new ConfigOverrides(content, staticDir, templates, out, baseUrl, strict, report, feed, allowOutside);
    }

    SiteConfig load() throws ConfigException {
        return ConfigSource.load(site, overrides());
    }
}
