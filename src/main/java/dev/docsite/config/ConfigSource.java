package dev.docsite.config;

import dev.docsite.docusaurus.DocusaurusConfigReader;
import dev.docsite.docusaurus.SidebarPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files configure a site folder: a Docusaurus configuration ({@code docusaurus.config.{js,mjs,cjs,ts}}), with a
 * {@code site.yml} beside it adding docsite's own keys, or else {@code site.yml} alone (or nothing: the defaults).
 */
public final class ConfigSource {

    private ConfigSource() {
    }

    /**
     * The configuration of the site in {@code siteRoot}, flags applied.
     *
     * @throws ConfigException also when one of its paths lies outside the site root unallowed ({@link SiteBoundary})
     */
    public static SiteConfig load(Path siteRoot, ConfigOverrides flags) throws ConfigException {
        SiteConfig config = isDocusaurus(siteRoot) ? DocusaurusSiteConfig.load(siteRoot, flags)
                : ConfigLoader.load(siteRoot, flags);
        SiteBoundary.check(config, flags, ConfigLoader.allowedOutside(siteRoot, flags));
        return config;
    }

    /** Whether {@code siteRoot} holds a Docusaurus configuration file. */
    public static boolean isDocusaurus(Path siteRoot) {
        return DocusaurusConfigReader.find(siteRoot.toAbsolutePath().normalize()).isPresent();
    }

    /**
     * The files whose change means reading the configuration again: {@code site.yml}, the Docusaurus configuration,
     * the sidebars files its docs plugins and their versions name, and each docs plugin's versions file
     * ({@code versions.json}, {@code <id>_versions.json}), whether they exist yet or not: a version added, renamed
     * or removed there changes the content roots.
     */
    public static List<Path> files(SiteConfig config) {
        List<Path> files = new ArrayList<>();
        files.add(config.siteRoot().resolve(ConfigLoader.FILE_NAME));
        DocusaurusConfigReader.find(config.siteRoot()).ifPresent(files::add);
        for (ContentRoot root : config.contentRoots()) {
            if (root.sidebar() instanceof SidebarPath.File sidebars) {
                files.add(sidebars.path().toAbsolutePath().normalize());
            }
            Path versions = config.siteRoot().resolve(root.pluginId().equals("default") ? "versions.json"
                    : root.pluginId() + "_versions.json");
            if (root.version().isPresent() && !files.contains(versions)) {
                files.add(versions);
            }
        }
        return files;
    }
}
