package dev.docsite.links;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.ProblemCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves a link written in a page to a page, an anchor, an asset, a route or an external page, by the kind of
 * link: fragments on the page itself, images and other files ({@link AssetLinks}), links to Markdown files
 * ({@link MarkdownFileLinks}), URLs of the site ({@link UrlLinks}), Docusaurus's {@code pathname://} escape, and
 * other schemes left as written. The site's {@code SiteLayout.linkRules} decide between Docusaurus's rules and
 * docsite's. Thread-safe.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** Docusaurus's Link strips this prefix and writes the rest as a plain link, with the base URL. */
    private static final String PATHNAME_PROTOCOL = "pathname://";

    private final SiteConfig config;
    private final LinkVerdicts verdicts;
    private final AssetLinks assets;
    private final MarkdownFileLinks markdownFiles;
    private final UrlLinks urls;

    public LinkResolver(SiteConfig config, SiteIndex index, PlatformLinks platform, AssetRegistry assets) {
        this.config = config;
        SiteFiles files = new SiteFiles(config);
        this.verdicts = new LinkVerdicts(index, config.layout().severities());
        this.assets = new AssetLinks(config, files, assets, verdicts);
        this.markdownFiles = new MarkdownFileLinks(config, index, files, verdicts);
        this.urls = new UrlLinks(config, index, platform, this.assets, files, verdicts);
    }

    public AssetRegistry assets() {
        return assets.registry();
    }

    /** Where {@code ref} goes, with its problem at the severity the site's {@code LinkSeverities} give it. */
    public Resolution resolve(Page from, LinkRef ref) {
        return verdicts.judged(resolveTarget(from, ref), ref);
    }

    private Resolution resolveTarget(Page from, LinkRef ref) {
        String unsafe = UnsafeUrls.unsafeScheme(ref.target(), ref.kind() == LinkRef.Kind.IMAGE);
        if (unsafe != null) {
            return new Resolution(Resolution.Kind.UNSAFE, null, null, ref.target(), "",
                    LinkVerdicts.problem(from, ref, ProblemCode.UNSAFE_URL, "'" + unsafe + ":' URLs can run a script;"
                            + " written as '#' instead (link to a page or file)"));
        }
        String raw = ref.target().strip();
        if (raw.isEmpty()) {
            return new Resolution(Resolution.Kind.OTHER_SCHEME, null, null, raw, "", null);
        }
        if (raw.startsWith("//")) {
            return new Resolution(Resolution.Kind.EXTERNAL, null, null, raw, "", null);
        }
        if (raw.startsWith(PATHNAME_PROTOCOL)) {
            return new Resolution(Resolution.Kind.PATHNAME, null, null,
                    withBaseUrl(raw.substring(PATHNAME_PROTOCOL.length())), "", null);
        }
        if (SCHEME.matcher(raw).find()) {
            String lower = raw.toLowerCase(Locale.ROOT);
            Resolution.Kind kind = lower.startsWith("http:") || lower.startsWith("https:")
                    ? Resolution.Kind.EXTERNAL : Resolution.Kind.OTHER_SCHEME;
            return new Resolution(kind, null, null, raw, "", null);
        }
        LinkTarget t = LinkTarget.parse(raw);
        if (t.path().isEmpty()) {
            return verdicts.onPage(from, from, t, ref);
        }
        if (ref.kind() == LinkRef.Kind.IMAGE) {
            return assets.resolve(from, t, ref);
        }
        String lower = t.path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".mdx")) {
            return markdownFiles.resolve(from, t, ref);
        }
        if (t.path().startsWith(AssetLinks.SITE_ALIAS)) {
            return assets.resolve(from, t, ref);
        }
        return urls.resolve(from, t, ref);
    }

    /** The URL to write into the page for a resolved link. */
    public String href(Page from, Resolution r, LinkRef ref) {
        return switch (r.kind()) {
            case PAGE -> r.page() == from && r.suffix().startsWith("#")
                    ? r.suffix()
                    : from.root() + UrlText.encodePath(r.page().url()) + r.suffix();
            case ASSET, ROUTE -> from.root() + UrlText.encodePath(r.sitePath()) + r.suffix();
            case PLATFORM -> r.sitePath() + r.suffix();
            case PATHNAME -> r.sitePath();
            case UNSAFE -> "#";
            default -> ref.target();
        };
    }

    /** As Docusaurus's {@code useBaseUrl}: a path from the root gets the base URL unless it already starts with it. */
    private String withBaseUrl(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith(config.baseUrl())) {
            return path;
        }
        return config.baseUrl() + path.substring(1);
    }
}
