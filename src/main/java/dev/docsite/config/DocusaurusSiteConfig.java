package dev.docsite.config;

import dev.docsite.docusaurus.BlogInstance;
import dev.docsite.docusaurus.BrokenLinkPolicy;
import dev.docsite.docusaurus.DocsInstance;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.docusaurus.DocusaurusConfigException;
import dev.docsite.docusaurus.DocusaurusConfigReader;
import dev.docsite.docusaurus.DocusaurusSite;
import dev.docsite.docusaurus.EditUrl;
import dev.docsite.docusaurus.PagesInstance;
import dev.docsite.docusaurus.ReportingSeverity;
import dev.docsite.docusaurus.SidebarPath;
import dev.docsite.js.JsException;
import dev.docsite.web.UrlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Docusaurus site's {@code docusaurus.config.*} as a {@link SiteConfig}: its title, URLs, docs and Markdown pages as
 * content roots (docs, blog posts, Markdown pages), static folders, React page routes as known routes, its broken-link options as problem
 * severities and its {@code themeConfig}. A {@code site.yml} beside it adds docsite's own keys ({@code kpi},
 * {@code links}, {@code out}, {@code strict}, {@code report}, {@code params}, {@code templates},
 * {@code known_routes}); keys that say what the site is ({@code title}, {@code content}...) belong to the Docusaurus
 * configuration, and setting them in {@code site.yml} too is an error rather than a silent choice of one of them.
 */
public final class DocusaurusSiteConfig {

    /** {@code site.yml} keys a Docusaurus configuration already answers. */
    static final Set<String> IDENTITY_KEYS = Set.of("title", "tagline", "url", "base_url", "content", "static",
            "edit_url", "last_update");

    private DocusaurusSiteConfig() {
    }

    /**
     * Reads the Docusaurus configuration of {@code siteRoot} and the {@code site.yml} beside it, if any.
     *
     * @throws ConfigException when the configuration cannot be evaluated (located at its file, line and column), a
     *     value in it is invalid, a docs folder does not exist, or a flag or {@code site.yml} key does not apply
     */
    public static SiteConfig load(Path siteRoot, ConfigOverrides flags) throws ConfigException {
        Path root = siteRoot.toAbsolutePath().normalize();
        if (flags.contentDir() != null || flags.staticDir() != null) {
            throw new ConfigException((flags.contentDir() != null ? "--content" : "--static") + " does not apply to a"
                    + " Docusaurus site: its docs and static folders come from its docusaurus.config file");
        }
        Path file = DocusaurusConfigReader.find(root).orElseThrow(() ->
                new ConfigException("no docusaurus.config.js (or .mjs, .cjs, .ts) in " + root));
        for (String key : ConfigLoader.keys(root)) {
            if (IDENTITY_KEYS.contains(key)) {
                throw new ConfigException(ConfigLoader.FILE_NAME, 0, 0, key + ": comes from " + file.getFileName()
                        + " in a Docusaurus site; a site.yml beside it holds only docsite's own keys (kpi, links, out,"
                        + " strict, report, params, templates, known_routes): remove '" + key + "' from site.yml");
            }
        }
        SiteConfig own = ConfigLoader.load(root, flags);
        DocusaurusSite site = read(root);
        try {
            String baseUrl = flags.baseUrl() != null ? own.baseUrl() : ConfigLoader.normalizeBaseUrl(site.baseUrl());
            List<ReactPages.Page> reactPages = ReactPages.of(site.plugins().pages());
            SiteLayout layout = layout(root, site, own.layout().knownRoutes(), reactPages);
            if (site.plugins().docs().stream().noneMatch(docs -> docs.editUrl().orElse(null) instanceof EditUrl.Computed)
                    && site.plugins().blogs().stream().noneMatch(b -> b.editUrl().orElse(null) instanceof EditUrl.Computed)) {
                site.close(); // no editUrl function will be called: the engine is not needed any more
            }
            return own.toBuilder()
                    .siteRoot(root)
                    .title(site.title())
                    .tagline(site.tagline().isEmpty() ? null : site.tagline())
                    .url(site.url().replaceAll("/+$", ""))
                    .baseUrl(baseUrl)
                    .layout(layout)
                    .editUrl(null)
                    .theme(site.theme())
                    .markdown(own.markdown().or(new MarkdownFeatures(site.markdown().mermaid(), site.markdown().math())))
                    .notices(DocusaurusNotices.of(site, reactPages, display(root, file), root))
                    .blogs(site.plugins().blogs().stream().map(BlogInstance::settings).toList())
                    .build();
        } catch (ConfigException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    private static DocusaurusSite read(Path root) throws ConfigException {
        try {
            return DocusaurusConfigReader.read(root);
        } catch (DocusaurusConfigException e) {
            String where = display(root, e.file());
            String message = e.getCause() instanceof JsException js ? js.reason()
                    : e.getMessage().startsWith(e.file() + ": ") ? e.getMessage().substring(e.file().toString().length() + 2)
                    : e.getMessage();
            throw new ConfigException(where, e.line(), e.column(), message);
        }
    }

    private static SiteLayout layout(Path root, DocusaurusSite site, List<String> ownKnownRoutes,
                                     List<ReactPages.Page> reactPages) throws ConfigException {
        String configName = display(root, site.configFile());
        List<ContentRoot> roots = new ArrayList<>();
        for (DocsInstance docs : site.plugins().docs()) {
            for (DocsVersion version : docs.versions()) {
                if (!Files.isDirectory(version.dir())) {
                    throw new ConfigException(configName, 0, 0, version.current()
                            ? "the docs folder '" + docs.pathOption() + "' of the docs plugin '" + docs.id()
                            + "' does not exist (" + docs.path() + "); create it or fix its 'path'"
                            : "the docs folder of version '" + version.name() + "' of the docs plugin '" + docs.id()
                            + "' does not exist (" + display(root, version.dir()) + "); create it or remove the"
                            + " version from its versions file");
                }
                // normalizeUrl([routeBasePath, versionPathPart]) in Docusaurus: slashes between and around the two
                // collapse, so `path: '/v1/'` under `routeBasePath: '/'` is at `/v1/`.
                String route = UrlPath.segments(docs.routeBasePath() + "/" + version.pathPart());
                roots.add(new ContentRoot(version.dir(), route, docs.id(), ContentRoot.Kind.DOCS,
                        version.sidebar(), docs.editUrl(),
                        new LastUpdateOptions(docs.showLastUpdateTime(), docs.showLastUpdateAuthor()),
                        Optional.of(version)));
            }
        }
        List<String> known = new ArrayList<>(ownKnownRoutes);
        for (PagesInstance pages : site.plugins().pages()) {
            roots.add(new ContentRoot(pages.path(), pages.routeBasePath(), pages.id(), ContentRoot.Kind.PAGES));
        }
        for (BlogInstance blog : site.plugins().blogs()) {
            // A missing blog folder has no posts, as in Docusaurus: its list page is still built.
            roots.add(new ContentRoot(blog.path(), blog.settings().routeBasePath(), blog.id(), ContentRoot.Kind.BLOG,
                    new SidebarPath.Disabled(), blog.editUrl(),
                    new LastUpdateOptions(blog.showLastUpdateTime(), blog.showLastUpdateAuthor())));
        }
        reactPages.forEach(page -> known.add(page.route()));
        if (roots.isEmpty()) {
            throw new ConfigException(configName, 0, 0, "the site has neither a docs plugin nor a pages plugin, so"
                    + " there is nothing docsite can build");
        }
        List<Path> statics = site.staticDirectories().stream()
                .map(dir -> root.resolve(dir).toAbsolutePath().normalize()).toList();
        return new SiteLayout(roots, statics, known, LinkRules.DOCUSAURUS, severities(site.brokenLinks()));
    }

    /**
     * Docusaurus's {@code ReportingSeverity} as a problem severity: throw is an error, which stops the build as it
     * stops Docusaurus's; log and warn are warnings.
     */
    static LinkSeverities severities(BrokenLinkPolicy policy) {
        return new LinkSeverities(level(policy.onBrokenLinks()), level(policy.onBrokenMarkdownLinks()),
                level(policy.onBrokenAnchors()), level(policy.onBrokenMarkdownImages()), true);
    }

    private static LinkSeverities.Level level(ReportingSeverity severity) {
        return switch (severity) {
            case IGNORE -> LinkSeverities.Level.IGNORE;
            case LOG, WARN -> LinkSeverities.Level.WARNING;
            case THROW -> LinkSeverities.Level.ERROR;
        };
    }

    /** A path relative to the site folder when inside it, else absolute. */
    static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
