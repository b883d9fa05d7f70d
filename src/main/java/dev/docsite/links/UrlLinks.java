package dev.docsite.links;

import dev.docsite.problem.ProblemCode;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links that are URLs of this site ({@code /docs/intro}, {@code ../setup}, {@code /img/x.png}): a page at that URL,
 * else a file, else a route the site answers without this build (a blog), else a page of external documentation
 * under a {@code links:} prefix. A browser resolves a relative URL against the page's URL, which Docusaurus serves
 * without a trailing slash. docsite sites ({@link LinkRules#DOCSITE}) then also try the link as a file path or doc
 * id; Docusaurus reports such a link broken, so its sites do not. Thread-safe.
 */
final class UrlLinks {

    private static final Pattern FILE_EXTENSION = Pattern.compile(".*\\.[A-Za-z0-9]{1,5}$");

    private final SiteConfig config;
    private final SiteIndex index;
    private final PlatformLinks platform;
    private final AssetLinks assets;
    private final SiteFiles files;
    private final LinkVerdicts verdicts;

    UrlLinks(SiteConfig config, SiteIndex index, PlatformLinks platform, AssetLinks assets, SiteFiles files,
             LinkVerdicts verdicts) {
        this.config = config;
        this.index = index;
        this.platform = platform;
        this.assets = assets;
        this.files = files;
        this.verdicts = verdicts;
    }

    Resolution resolve(Page from, LinkTarget t, LinkRef ref) {
        String path = t.path();
        if (path.startsWith("/")) {
            Page page = pageAtUrl(path);
            if (page == null) {
                page = pageAtUrl(UrlPaths.withoutBaseUrl(path, config.baseUrl()));
            }
            if (page != null) {
                return verdicts.onPage(from, page, t, ref);
            }
            return fileRouteOrExternal(from, t, ref, UrlPaths.normalize(path));
        }
        String urlPath = UrlPaths.resolve(browserUrl(from), path);
        Page byBrowser = pageAtUrl(urlPath);
        if (byBrowser != null) {
            return verdicts.onPage(from, byBrowser, t, ref);
        }
        if (config.layout().linkRules() == LinkRules.DOCUSAURUS) {
            return fileRouteOrExternal(from, t, ref, urlPath);
        }
        return byFileOrId(from, t, ref, urlPath);
    }

    /**
     * The URL a browser resolves the page's relative links against. Docusaurus serves a doc without a trailing slash,
     * except a folder's index doc without a {@code slug} ({@code guides/index.md}, {@code guides/guides.md}), whose
     * route is the folder's, {@code /guides/} (its {@code getSlug}); pages of {@code src/pages} likewise.
     */
    private static String browserUrl(Page from) {
        boolean folderRoute = from.categoryIndex() && from.frontMatter().slug() == null;
        String url = "/" + UrlPaths.trimSlashes(from.url());
        return folderRoute && !url.equals("/") ? url + "/" : url;
    }

    /** docsite's fallback for a relative link that is no page URL: the folder-URL reading, the file path, the doc id. */
    private Resolution byFileOrId(Page from, LinkTarget t, LinkRef ref, String urlPath) {
        String path = t.path();
        Set<Page> candidates = new LinkedHashSet<>();
        addIfPresent(candidates, pageAtUrl(UrlPaths.resolve("/" + from.url(), path)));
        Path fileBase = LinkVerdicts.sourceDir(from).resolve(path).normalize();
        if (fileBase.startsWith(config.contentDir())) {
            addIfPresent(candidates, pageForFileBase(fileBase));
        }
        String folderId = from.docId().contains("/") ? from.docId().substring(0, from.docId().lastIndexOf('/')) : "";
        addIfPresent(candidates, index.byDocId(UrlPaths.normalizeId(folderId.isEmpty() ? path : folderId + "/" + path)));
        if (!path.contains("/")) {
            List<Page> shortMatches = index.byShortId(UrlPaths.trimSlashes(path));
            if (shortMatches.size() == 1) {
                candidates.add(shortMatches.get(0));
            } else if (shortMatches.size() > 1 && candidates.isEmpty()) {
                candidates.addAll(shortMatches);
            }
        }
        if (candidates.size() == 1) {
            return verdicts.onPage(from, candidates.iterator().next(), t, ref);
        }
        if (candidates.size() > 1) {
            List<Page> list = new ArrayList<>(candidates);
            Resolution chosen = verdicts.onPage(from, list.get(0), t, ref);
            Problem p = LinkVerdicts.problem(from, ref, ProblemCode.AMBIGUOUS_LINK, "'" + t.raw() + "' matches "
                    + list.get(0).source().displayPath() + " and " + list.get(1).source().displayPath()
                    + "; link to the file with its extension (e.g. '" + LinkVerdicts.relativeFile(from, list.get(0))
                    + "') to choose");
            return new Resolution(chosen.kind(), chosen.page(), null, chosen.sitePath(), chosen.suffix(),
                    chosen.problem() != null ? chosen.problem() : p);
        }
        if (!files.readable(fileBase)) {
            return verdicts.outside(from, t, ref);
        }
        return fileRouteOrExternal(from, t, ref, urlPath);
    }

    private Resolution fileRouteOrExternal(Page from, LinkTarget t, LinkRef ref, String urlPath) {
        if (assets.exists(from, ref, t.path())) {
            return assets.resolve(from, t, ref);
        }
        String route = UrlPaths.trimSlashes(UrlPaths.withoutBaseUrl(urlPath, config.baseUrl()));
        if (config.layout().isKnownRoute(route) || index.isGeneratedPage(route)) {
            return new Resolution(Resolution.Kind.ROUTE, null, null, route, t.suffix(), null);
        }
        PlatformLinks.Match m = platform.match(urlPath);
        if (m != null) {
            if (!m.known()) {
                return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, "'" + t.raw() + "' goes to " + m.url()
                        + ", which is not a known page of '" + m.base().name() + "' (not listed in "
                        + config.display(m.base().index()) + ")");
            }
            return new Resolution(Resolution.Kind.PLATFORM, null, null, m.url(), t.suffix(), null);
        }
        if (FILE_EXTENSION.matcher(t.path()).matches()) {
            Path file = assets.file(from, ref, t.path());
            return verdicts.broken(from, ref, ProblemCode.MISSING_ASSET, "no file '" + t.raw() + "'"
                    + (file == null ? "" : " (looked for " + config.display(file) + ")"));
        }
        return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, "no page matches '" + t.raw() + "'"
                + verdicts.suggestion(from, t));
    }

    private Page pageAtUrl(String urlPath) {
        return index.byUrl(UrlText.decode(UrlPaths.trimSlashes(UrlPaths.normalize(urlPath))));
    }

    /** A file path without extension names the page {@code base.md}, {@code base.mdx}, or folder {@code base/}'s index. */
    private Page pageForFileBase(Path base) {
        for (String suffix : List.of(".md", ".mdx", "/index.md", "/index.mdx", "/README.md", "/README.mdx")) {
            Page p = index.byFile(base.resolveSibling(base.getFileName() + suffix).normalize());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static void addIfPresent(Set<Page> set, Page p) {
        if (p != null) {
            set.add(p);
        }
    }
}
