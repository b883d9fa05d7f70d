package dev.docsite.testing;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.site.SiteBuilder;
import dev.docsite.site.SiteModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The versioned Docusaurus fixture of {@code src/test/resources/docusaurus-versions} (versions 2.0 and 1.0 released,
 * the current version in {@code docs/}), copied into a temporary folder with a {@code docusaurus.config.js} whose
 * docs plugin options each test chooses. Its navbar has, unless a test chooses others, a {@code docsVersionDropdown}
 * (with an "All versions" link after the versions), a {@code doc} item "Docs" for {@code intro} and a
 * {@code docsVersion} item.
 */
public final class VersionedSite {

    private static final Path FIXTURE = Path.of("src/test/resources/docusaurus-versions");

    private VersionedSite() {
    }

    /**
     * Copies the fixture to {@code dir} with the docs options {@code docsOptions} (JavaScript object members, e.g.
     * {@code "lastVersion: 'current'"}), and returns the site folder.
     */
    public static Path create(Path dir, String docsOptions) throws IOException {
        return create(dir, docsOptions, """
                {type: 'docsVersionDropdown', dropdownItemsAfter: [{to: '/versions', label: 'All versions'}]},
                {type: 'doc', docId: 'intro', label: 'Docs', position: 'right'},
                {type: 'docsVersion', position: 'right'},""");
    }

    /** Like {@link #create(Path, String)}, with the navbar items {@code navbarItems} (JavaScript array members). */
    public static Path create(Path dir, String docsOptions, String navbarItems) throws IOException {
        TreeCopy.copy(FIXTURE, dir);
        Files.writeString(dir.resolve("docusaurus.config.js"), """
                module.exports = {
                  title: 'Fixture',
                  url: 'https://fixture.example.com',
                  baseUrl: '/',
                  onBrokenLinks: 'warn',
                  presets: [['classic', {docs: {sidebarPath: './sidebars.js', %s}, blog: false}]],
                  themeConfig: {navbar: {items: [
                %s
                  ]}},
                };
                """.formatted(docsOptions, navbarItems));
        return dir;
    }

    /** The site's configuration as {@code docsite} reads it. */
    public static SiteConfig config(Path site) throws ConfigException {
        return ConfigSource.load(site, ConfigOverrides.none());
    }

    /** The site loaded, indexed and checked. */
    public static SiteModel load(Path site) throws IOException, ConfigException {
        return new SiteBuilder(config(site), TestSite.CLOCK).load();
    }

    /** Every page's route ({@code /docs/next/intro/}), sorted. */
    public static List<String> routes(SiteModel model) {
        return model.index().pages().stream().map(Page::url).map(url -> "/" + url).sorted().toList();
    }
}
