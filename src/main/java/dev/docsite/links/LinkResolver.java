package dev.docsite.links;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import dev.docsite.web.UrlPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a link written in a page to a page, an anchor, an asset or an external page, the way Docusaurus and a
 * browser would: {@code .md} links by file, extensionless links by URL against the page's URL and else by file path
 * or doc id, root links by URL, then static files, then configured external documentation. Thread-safe.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern FILE_EXTENSION = Pattern.compile(".*\\.[A-Za-z0-9]{1,5}$");

    private final SiteConfig config;
    private final SiteIndex index;
    private final PlatformLinks platform;
    private final AssetRegistry assets;
    private final Path realSiteRoot;
    private final java.util.Map<Path, FileState> fileStates = new java.util.concurrent.ConcurrentHashMap<>();

    public LinkResolver(SiteConfig config, SiteIndex index, PlatformLinks platform, AssetRegistry assets) {
        this.config = config;
        this.index = index;
        this.platform = platform;
        this.assets = assets;
        Path real;
        try {
            real = config.siteRoot().toRealPath();
        } catch (IOException e) {
            real = config.siteRoot();
        }
        this.realSiteRoot = real;
    }

    public AssetRegistry assets() {
        return assets;
    }

    public Resolution resolve(Page from, LinkRef ref) {
        String raw = ref.target().strip();
        if (raw.isEmpty()) {
            return new Resolution(Resolution.Kind.OTHER_SCHEME, null, null, raw, "", null);
        }
        if (raw.startsWith("//")) {
            return new Resolution(Resolution.Kind.EXTERNAL, null, null, raw, "", null);
        }
        if (SCHEME.matcher(raw).find()) {
            String lower = raw.toLowerCase(Locale.ROOT);
            Resolution.Kind kind = lower.startsWith("http:") || lower.startsWith("https:")
                    ? Resolution.Kind.EXTERNAL : Resolution.Kind.OTHER_SCHEME;
            return new Resolution(kind, null, null, raw, "", null);
        }
        Target t = Target.parse(raw);
        if (t.path().isEmpty()) {
            return anchorOn(from, from, t, ref);
        }
        if (ref.kind() == LinkRef.Kind.IMAGE) {
            return asset(from, t, ref);
        }
        String lower = t.path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".mdx")) {
            return byFile(from, t, ref);
        }
        return byUrl(from, t, ref);
    }

    /** The URL to write into the page for a resolved link. */
    public String href(Page from, Resolution r, LinkRef ref) {
        return switch (r.kind()) {
            case PAGE -> r.page() == from && r.suffix().startsWith("#")
                    ? r.suffix()
                    : from.root() + UrlText.encodePath(r.page().url()) + r.suffix();
            case ASSET -> from.root() + UrlText.encodePath(r.sitePath()) + r.suffix();
            case PLATFORM -> r.sitePath() + r.suffix();
            default -> ref.target();
        };
    }

    private Resolution byFile(Page from, Target t, LinkRef ref) {
        Path file = t.path().startsWith("/")
                ? config.contentDir().resolve(t.path().substring(1)).normalize()
                : sourceDir(from).resolve(t.path()).normalize();
        if (!file.startsWith(config.siteRoot())) {
            return outside(from, t, ref);
        }
        if (file.startsWith(config.contentDir())) {
            Page page = index.bySource(slashes(config.contentDir().relativize(file)));
            if (page != null) {
                return anchorOn(from, page, t, ref);
            }
        }
        String why = Files.isRegularFile(file)
                ? "'" + t.raw() + "' is a file but no page is built from it (a draft, a partial starting with '_',"
                + " or outside the content folder)"
                : "no page file '" + t.raw() + "' (looked for " + config.display(file) + ")";
        return broken(from, ref, ProblemCode.BROKEN_LINK, why + suggestion(from, t));
    }

    private Resolution byUrl(Page from, Target t, LinkRef ref) {
        String path = t.path();
        if (path.startsWith("/")) {
            Page page = pageAtUrl(path);
            if (page == null && !config.baseUrl().equals("/") && path.startsWith(config.baseUrl())) {
                page = pageAtUrl("/" + path.substring(config.baseUrl().length()));
            }
            if (page != null) {
                return anchorOn(from, page, t, ref);
            }
            return assetOrExternal(from, t, ref, UrlPath.normalize(path));
        }
        // A browser resolves against the page URL; Docusaurus serves pages without a trailing slash.
        String docusaurusBase = "/" + stripSlash(from.url());
        String urlPath = resolveUrl(docusaurusBase, path);
        Page byBrowser = pageAtUrl(urlPath);
        if (byBrowser != null) {
            return anchorOn(from, byBrowser, t, ref);
        }
        Set<Page> candidates = new LinkedHashSet<>();
        addIfPresent(candidates, pageAtUrl(resolveUrl("/" + from.url(), path)));
        Path fileBase = sourceDir(from).resolve(path).normalize();
        if (fileBase.startsWith(config.contentDir())) {
            addIfPresent(candidates, pageForFileBase(fileBase));
        }
        String folderId = from.docId().contains("/") ? from.docId().substring(0, from.docId().lastIndexOf('/')) : "";
        addIfPresent(candidates, index.byDocId(normalizeId(folderId.isEmpty() ? path : folderId + "/" + path)));
        if (!path.contains("/")) {
            List<Page> shortMatches = index.byShortId(stripSlash(path));
            if (shortMatches.size() == 1) {
                candidates.add(shortMatches.get(0));
            } else if (shortMatches.size() > 1 && candidates.isEmpty()) {
                candidates.addAll(shortMatches);
            }
        }
        if (candidates.size() == 1) {
            return anchorOn(from, candidates.iterator().next(), t, ref);
        }
        if (candidates.size() > 1) {
            List<Page> list = new ArrayList<>(candidates);
            Resolution chosen = anchorOn(from, list.get(0), t, ref);
            Problem p = problem(from, ref, ProblemCode.AMBIGUOUS_LINK, "'" + t.raw() + "' matches "
                    + list.get(0).source().displayPath() + " and " + list.get(1).source().displayPath()
                    + "; link to the file with its extension (e.g. '" + relativeFile(from, list.get(0)) + "') to choose");
            return new Resolution(chosen.kind(), chosen.page(), null, chosen.sitePath(), chosen.suffix(),
                    chosen.problem() != null ? chosen.problem() : p);
        }
        if (!fileBase.startsWith(config.siteRoot())) {
            return outside(from, t, ref);
        }
        return assetOrExternal(from, t, ref, urlPath);
    }

    private Resolution assetOrExternal(Page from, Target t, LinkRef ref, String urlPath) {
        Path file = assetFile(from, t.path());
        if (file != null && fileState(file) != FileState.MISSING) {
            return asset(from, t, ref);
        }
        PlatformLinks.Match m = platform.match(urlPath);
        if (m != null) {
            if (!m.known()) {
                return broken(from, ref, ProblemCode.BROKEN_LINK, "'" + t.raw() + "' goes to " + m.url()
                        + ", which is not a known page of '" + m.base().name() + "' (not listed in "
                        + config.display(m.base().index()) + ")");
            }
            return new Resolution(Resolution.Kind.PLATFORM, null, null, m.url(), t.suffix(), null);
        }
        if (FILE_EXTENSION.matcher(t.path()).matches()) {
            return broken(from, ref, ProblemCode.MISSING_ASSET, "no file '" + t.raw() + "'"
                    + (file == null ? "" : " (looked for " + config.display(file) + ")"));
        }
        return broken(from, ref, ProblemCode.BROKEN_LINK, "no page matches '" + t.raw() + "'" + suggestion(from, t));
    }

    private Resolution asset(Page from, Target t, LinkRef ref) {
        Path file = assetFile(from, t.path());
        if (file == null || !file.startsWith(config.siteRoot())) {
            return outside(from, t, ref);
        }
        switch (fileState(file)) {
            case MISSING:
                return broken(from, ref, ProblemCode.MISSING_ASSET, "no file '" + t.raw() + "' (looked for "
                        + config.display(file) + ")");
            case OUTSIDE:
                return outside(from, t, ref);
            case UNREADABLE:
                return broken(from, ref, ProblemCode.MISSING_ASSET, "cannot read '" + t.raw() + "'");
            default:
                break;
        }
        String sitePath = assets.register(file);
        return new Resolution(Resolution.Kind.ASSET, null, file, sitePath, t.suffix(), null);
    }

    /** What an asset reference finds on disk; a file links to from many pages is looked at once per build. */
    private enum FileState { INSIDE, OUTSIDE, MISSING, UNREADABLE }

    private FileState fileState(Path file) {
        return fileStates.computeIfAbsent(file, f -> {
            if (!Files.isRegularFile(f)) {
                return FileState.MISSING;
            }
            try {
                // A symbolic link inside the site may point anywhere: judge where it really leads.
                return f.toRealPath().startsWith(realSiteRoot) ? FileState.INSIDE : FileState.OUTSIDE;
            } catch (IOException e) {
                return FileState.UNREADABLE;
            }
        });
    }

    /** Where an asset reference points on disk: root paths are in the static folder (or content folder). */
    private Path assetFile(Page from, String path) {
        if (path.startsWith("/")) {
            String rel = path.substring(1);
            if (!config.baseUrl().equals("/") && path.startsWith(config.baseUrl())) {
                rel = path.substring(config.baseUrl().length());
            }
            Path inStatic = config.staticDir().resolve(rel).normalize();
            if (Files.isRegularFile(inStatic) || !inStatic.startsWith(config.staticDir())) {
                return inStatic;
            }
            Path inContent = config.contentDir().resolve(rel).normalize();
            return Files.isRegularFile(inContent) ? inContent : inStatic;
        }
        return sourceDir(from).resolve(path).normalize();
    }

    private Resolution anchorOn(Page from, Page target, Target t, LinkRef ref) {
        String frag = t.fragment();
        Resolution ok = new Resolution(Resolution.Kind.PAGE, target, null, target.url(), t.suffix(), null);
        if (frag == null || frag.isEmpty() || target.outline().hasAnchor(frag)
                || target.outline().hasAnchor(UrlText.decode(frag))) {
            return ok;
        }
        String where = target == from ? "this page" : target.source().displayPath();
        Problem p = problem(from, ref, ProblemCode.BROKEN_ANCHOR, "'#" + frag + "' is not a heading or element id of "
                + where + closestHeading(target, UrlText.decode(frag)));
        return new Resolution(Resolution.Kind.PAGE, target, null, target.url(), t.suffix(), p);
    }

    private Resolution outside(Page from, Target t, LinkRef ref) {
        Problem p = problem(from, ref, ProblemCode.LINK_OUTSIDE_SITE, "'" + t.raw()
                + "' points outside the site folder and is not copied; move the file into the static folder")
                .withSeverity(Severity.ERROR);
        return new Resolution(Resolution.Kind.BROKEN, null, null, t.raw(), "", p);
    }

    private Resolution broken(Page from, LinkRef ref, ProblemCode code, String message) {
        return new Resolution(Resolution.Kind.BROKEN, null, null, ref.target(), "", problem(from, ref, code, message));
    }

    private static Problem problem(Page from, LinkRef ref, ProblemCode code, String message) {
        return new Problem(Severity.WARNING, code, from.source().displayPath(), ref.line(), ref.column(), message,
                ref.target());
    }

    private Page pageAtUrl(String urlPath) {
        return index.byUrl(UrlText.decode(stripSlash(UrlPath.normalize(urlPath))));
    }

    /** A file path without extension names the page {@code base.md}, {@code base.mdx}, or folder {@code base/}'s index. */
    private Page pageForFileBase(Path base) {
        String rel = slashes(config.contentDir().relativize(base));
        for (String candidate : List.of(rel + ".md", rel + ".mdx", rel + "/index.md", rel + "/index.mdx",
                rel + "/README.md", rel + "/README.mdx")) {
            Page p = index.bySource(candidate.startsWith("/") ? candidate.substring(1) : candidate);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private String suggestion(Page from, Target t) {
        String wanted = lastSegment(t.path()).replaceFirst("\\.mdx?$", "").toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return "";
        }
        int max = Math.max(2, wanted.length() / 3);
        Page best = null;
        int bestDistance = max + 1;
        for (Page p : index.pages()) {
            for (String key : List.of(p.shortId().toLowerCase(Locale.ROOT), lastSegment(p.url()).toLowerCase(Locale.ROOT))) {
                int d = EditDistance.bounded(wanted, key, max);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        if (best == null) {
            return "";
        }
        String rel = relativeFile(from, best);
        boolean withExtension = t.path().toLowerCase(Locale.ROOT).matches(".*\\.mdx?$");
        return "; did you mean '" + (withExtension ? rel : rel.replaceFirst("\\.mdx?$", "")) + "'?";
    }

    private static String closestHeading(Page target, String frag) {
        int max = Math.max(2, frag.length() / 3);
        String best = null;
        int bestDistance = max + 1;
        for (Heading h : target.outline().headings()) {
            int d = EditDistance.bounded(frag.toLowerCase(Locale.ROOT), h.id(), max);
            if (d < bestDistance) {
                bestDistance = d;
                best = h.id();
            }
        }
        return best == null ? "" : "; did you mean '#" + best + "'?";
    }

    private String relativeFile(Page from, Page to) {
        String rel = slashes(sourceDir(from).relativize(to.source().path()));
        return rel.startsWith(".") ? rel : "./" + rel;
    }

    private static Path sourceDir(Page page) {
        return page.source().path().getParent();
    }

    /** Resolves {@code rel} against {@code base} as a browser does with URL paths. */
    static String resolveUrl(String base, String rel) {
        String dir = base.substring(0, base.lastIndexOf('/') + 1);
        return UrlPath.normalize(dir + rel);
    }

    private static String normalizeId(String id) {
        return stripSlash(UrlPath.normalize("/" + id)).replaceFirst("^/", "");
    }

    private static void addIfPresent(Set<Page> set, Page p) {
        if (p != null) {
            set.add(p);
        }
    }

    private static String stripSlash(String s) {
        String r = s;
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        return r;
    }

    private static String lastSegment(String path) {
        String s = stripSlash(path);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** A link target split into decoded path, query and fragment. */
    private record Target(String raw, String path, String query, String fragment) {

        static Target parse(String raw) {
            String rest = raw;
            String fragment = null;
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                fragment = rest.substring(hash + 1);
                rest = rest.substring(0, hash);
            }
            String query = null;
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q);
                rest = rest.substring(0, q);
            }
            return new Target(raw, UrlText.decode(rest), query, fragment);
        }

        /** Query and fragment as they must be appended to the final URL. */
        String suffix() {
            return (query == null ? "" : query) + (fragment == null ? "" : "#" + fragment);
        }
    }
}
