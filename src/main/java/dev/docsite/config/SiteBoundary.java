package dev.docsite.config;

import dev.docsite.docusaurus.DocusaurusConfigReader;
import dev.docsite.docusaurus.DocusaurusRoot;
import dev.docsite.js.ReadRoots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site root and the rule that the site's own paths stay inside it: the content folders, static folders, templates
 * folder, report and KPI feed file must lie inside the site root, unless a path the user allowed holds them
 * ({@code --allow-outside PATH}, or {@code allow_outside:} in {@code site.yml}). Anything else is a configuration
 * error (exit 2) naming the setting, the path and the flag. The site root is the {@code --site} folder, or for a
 * Docusaurus site its git repository ({@link DocusaurusRoot}), since such sites keep their docs in {@code ../docs}.
 * Paths are compared after resolving symbolic links, so a link cannot carry a folder out of the root.
 */
public final class SiteBoundary {

    private SiteBoundary() {
    }

    /** The site root of the site in {@code siteDir}. */
    public static Path rootOf(Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        return DocusaurusConfigReader.find(site).isPresent() ? DocusaurusRoot.of(site) : site;
    }

    /** A path the configuration names, and where it is named ({@code "site.yml: static"}, {@code "--static"}). */
    private record Named(String setting, Path path) {
    }

    /**
     * Throws when a path of {@code config} lies outside the site root and no allowed path holds it.
     *
     * @param allowed the paths given with {@code --allow-outside} and in {@code allow_outside:} (absolute)
     */
    static void check(SiteConfig config, ConfigOverrides flags, List<Path> allowed) throws ConfigException {
        Path root = rootOf(config.siteRoot());
        Path realRoot = ReadRoots.realPath(root);
        List<Path> realAllowed = allowed.stream().map(ReadRoots::realPath).toList();
        for (Named named : named(config, flags)) {
            Path real = ReadRoots.realPath(named.path());
            if (real.startsWith(realRoot) || realAllowed.stream().anyMatch(real::startsWith)) {
                continue;
            }
            Path shown = named.path().toAbsolutePath().normalize();
            throw new ConfigException(named.setting() + ": " + shown + " is outside the site root " + root
                    + (real.equals(shown) ? "" : " (it is " + real + ")")
                    + "; move it into the site root, or allow it with --allow-outside " + shown
                    + " (or 'allow_outside: [" + shown + "]' in site.yml)");
        }
    }

    private static List<Named> named(SiteConfig config, ConfigOverrides flags) {
        String configFile = DocusaurusConfigReader.find(config.siteRoot()).map(f -> f.getFileName().toString())
                .orElse(null);
        String yml = ConfigLoader.FILE_NAME + ": ";
        List<Named> named = new ArrayList<>();
        for (ContentRoot content : config.contentRoots()) {
            String setting = configFile != null
                    ? configFile + ": " + content.kind().name().toLowerCase(java.util.Locale.ROOT) + " plugin '"
                    + content.pluginId() + "' path"
                    : flags.contentDir() != null ? "--content" : yml + "content";
            named.add(new Named(setting, content.dir()));
        }
        for (Path dir : config.staticDirs()) {
            named.add(new Named(configFile != null ? configFile + ": staticDirectories"
                    : flags.staticDir() != null ? "--static" : yml + "static", dir));
        }
        if (config.templatesDir() != null) {
            named.add(new Named(flags.templatesDir() != null ? "--templates" : yml + "templates",
                    config.templatesDir()));
        }
        if (config.reportFile() != null) {
            named.add(new Named(flags.reportFile() != null ? "--report" : yml + "report", config.reportFile()));
        }
        if (config.kpi().enabled() && !config.kpi().isUrl()) {
            named.add(new Named(flags.feed() != null ? "--feed" : yml + "kpi.feed",
                    config.siteRoot().resolve(config.kpi().feed().trim())));
        }
        return named;
    }
}
