package dev.docsite.chrome;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.links.SiteIndex;
import dev.docsite.links.UrlText;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.Sidebar;
import dev.docsite.nav.SidebarItem;
import dev.docsite.web.UrlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code to}/{@code href} values and image paths of the chrome as Docusaurus's {@code Link} and
 * {@code useBaseUrl} do, and says whether the site answers them (a page, a category's generated index, a static
 * file or a known route).
 */
final class ChromeTargets {

    private static final Pattern PROTOCOL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final String PATHNAME = "pathname://";

    private final SiteConfig config;
    private final SiteIndex index;
    private final Navigation navigation;
    private Set<String> generatedPages;

    ChromeTargets(SiteConfig config, SiteIndex index, Navigation navigation) {
        this.config = config;
        this.index = index;
        this.navigation = navigation;
    }

    /** Whether {@code value} is a URL of another site (it has a protocol, or starts with {@code //}). */
    static boolean isExternal(String value) {
        return PROTOCOL.matcher(value).find() && !value.startsWith(PATHNAME) || value.startsWith("//");
    }

    ChromeTarget resolve(String raw) {
        if (raw.startsWith(PATHNAME)) {
            // Docusaurus's escape hatch: a path of the site's server, given the base URL but never checked.
            String rest = raw.substring(PATHNAME.length());
            return new ChromeTarget(raw, sitePath(rest), "", null, false, true);
        }
        if (isExternal(raw)) {
            return new ChromeTarget(raw, null, "", null, true, true);
        }
        if (raw.startsWith("#") || raw.startsWith("?")) {
            return new ChromeTarget(raw, null, "", null, false, true);
        }
        int cut = indexOfSuffix(raw);
        String path = sitePath(cut < 0 ? raw : raw.substring(0, cut));
        String suffix = cut < 0 ? "" : raw.substring(cut);
        String lookup = UrlPath.segments(UrlText.decode(path));
        Page page = index.byUrl(lookup);
        if (page == null && (generated(lookup) || index.isGeneratedPage(lookup))) {
            // Written in folder form like a page's URL, so that it also opens from disk.
            return new ChromeTarget(raw, UrlText.encodePath(lookup) + "/", suffix, null, false, true);
        }
        boolean found = page != null || staticFile(lookup) != null || config.layout().isKnownRoute(lookup);
        return new ChromeTarget(raw, path, suffix, page, false, found);
    }

    /** Whether {@code url} is a category's generated index (a blog's pages are the index's generated pages). */
    private boolean generated(String url) {
        if (generatedPages == null) {
            Set<String> urls = new HashSet<>();
            for (Sidebar sidebar : navigation.sidebars().all()) {
                collect(sidebar.items(), urls);
            }
            generatedPages = urls;
        }
        return generatedPages.contains(url.isEmpty() || url.endsWith("/") ? url : url + "/");
    }

    private static void collect(List<SidebarItem> items, Set<String> urls) {
        for (SidebarItem item : items) {
            if (item instanceof SidebarItem.CategoryItem category) {
                if (category.link() instanceof CategoryLink.GeneratedIndex index) {
                    urls.add(index.url());
                }
                collect(category.items(), urls);
            }
        }
    }

    /** The file a site path names in the static folders, the first holding it, or {@code null}. */
    Path staticFile(String sitePath) {
        String rel = UrlPath.segments(UrlText.decode(sitePath));
        if (rel.isEmpty()) {
            return null;
        }
        for (Path dir : config.staticDirs()) {
            Path candidate = dir.resolve(rel).normalize();
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code value} as a path from the base URL: the base URL and leading slashes taken off, as {@code addBaseUrl}. */
    String sitePath(String value) {
        String base = config.baseUrl();
        if (value.equals(base) || value.equals(base.substring(0, base.length() - 1))) {
            return "";
        }
        String path = value.startsWith(base) ? value.substring(base.length()) : value;
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }

    private static int indexOfSuffix(String raw) {
        int hash = raw.indexOf('#');
        int query = raw.indexOf('?');
        if (hash < 0) {
            return query;
        }
        return query < 0 ? hash : Math.min(hash, query);
    }
}
