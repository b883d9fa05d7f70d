package dev.docsite.chrome;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.NavbarItem;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.DocVersions;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.Sidebar;
import dev.docsite.nav.SidebarBinder;
import dev.docsite.nav.SidebarItem;
import dev.docsite.templates.NavbarItemView.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Binds {@code themeConfig.navbar.items} to the site as the classic theme's navbar items do: {@code doc} items to
 * the doc's page (label: the doc id, as {@code DocNavbarItem}), {@code docSidebar} items to the sidebar's first link
 * (label: that link's), links by {@code to}/{@code href}, dropdowns, HTML, the search box and the docs version items
 * ({@link VersionItems}); on a versioned docs plugin, {@code doc} and {@code docSidebar} items lead into the version
 * being read. Item types docsite does not build (locale dropdowns, custom types) are left out and named by the check.
 */
final class NavbarItems {

    private static final String DEFAULT_PLUGIN = "default";

    private final ChromeTargets targets;
    private final Navigation navigation;
    private final ChromeLinkCheck check;
    private final String baseUrl;
    private final SiteIndex index;
    private final DocVersions versions;
    private final PreferredVersions preferred;
    private Map<String, Page> docs;

    NavbarItems(ChromeTargets targets, SiteIndex index, Navigation navigation, DocVersions versions,
                ChromeLinkCheck check, String baseUrl) {
        this.targets = targets;
        this.versions = versions;
        this.preferred = new PreferredVersions(versions);
        this.navigation = navigation;
        this.check = check;
        this.baseUrl = baseUrl;
        this.index = index;
    }

    List<ResolvedItem> resolve(List<NavbarItem> items) {
        List<ResolvedItem> resolved = new ArrayList<>();
        for (NavbarItem item : items) {
            ResolvedItem r = item(item);
            if (r != null) {
                resolved.add(r.placed(item.position()));
            }
        }
        return resolved;
    }

    private ResolvedItem item(NavbarItem item) {
        String className = option(item, "className");
        return switch (item.type()) {
            case "default" -> link(item, className);
            case "doc" -> doc(item, className);
            case "docSidebar" -> docSidebar(item, className);
            case "dropdown" -> {
                ChromeTarget own = target(item);
                List<ResolvedItem> children = resolve(item.items());
                check.link(own, item.to().isPresent() ? "to" : "href", "navbar dropdown '" + item.label().orElse("") + "'");
                yield new ResolvedItem(Kind.DROPDOWN, item.label().orElse(""), own,
                        own == null ? p -> false : own::holds, null, className, children);
            }
            case "html" -> new ResolvedItem(Kind.HTML, null, null, p -> false, item.html().orElse(""), className,
                    List.of());
            case "search" -> new ResolvedItem(Kind.SEARCH, null, null, p -> false, null, className, List.of());
            case "docsVersionDropdown", "docsVersion" -> new VersionItems(versions, this, check).item(item, className);
            default -> {
                check.unsupported(item.type());
                yield null;
            }
        };
    }

    private ResolvedItem link(NavbarItem item, String className) {
        ChromeTarget target = target(item);
        String label = item.label().orElse("");
        check.link(target, item.to().isPresent() ? "to" : "href", "navbar item '" + label + "'");
        return new ResolvedItem(Kind.LINK, label, target, activeRule(item, target), option(item, "html"), className,
                List.of());
    }

    private ResolvedItem doc(NavbarItem item, String className) {
        String docId = item.docId().orElseThrow();
        String plugin = item.docsPluginId().orElse(DEFAULT_PLUGIN);
        Optional<ContentRoot> last = versions.last(plugin);
        Page doc = last.map(v -> versions.doc(v, docId)).orElseGet(() -> docs().get(key(plugin, docId)));
        if (doc == null) {
            check.missing("docId", docId, "the navbar item of type 'doc' names doc id '" + docId
                    + "', which no page of the docs plugin '" + plugin + "' has");
            return null;
        }
        ResolvedItem shown = docItem(item, doc, className);
        if (last.isEmpty()) {
            return shown;
        }
        // As useLayoutDoc: the doc in the version being read, else in the preferred one, else in the last version.
        return shown.seenFrom((page, root) -> {
            Page inVersion = versions.active(page, plugin).map(v -> versions.doc(v, docId)).orElse(null);
            return preferred.follow((inVersion == null ? shown : docItem(item, inVersion, className)).view(page, root),
                    page, root, plugin, v -> docTarget(docId, versions.doc(v, docId)), null);
        });
    }

    private static ChromeTarget docTarget(String docId, Page doc) {
        return doc == null ? null : new ChromeTarget(docId, doc.url(), "", doc, false, true);
    }

    private ResolvedItem docItem(NavbarItem item, Page doc, String className) {
        ChromeTarget target = docTarget(item.docId().orElseThrow(), doc);
        Sidebar docSidebar = navigation.sidebarOf(doc);
        Predicate<Page> active = p -> p == doc || docSidebar != null && navigation.sidebarOf(p) == docSidebar;
        return new ResolvedItem(Kind.LINK, item.label().orElse(doc.docId()), target, active, null, className,
                List.of());
    }

    private ResolvedItem docSidebar(NavbarItem item, String className) {
        String sidebarId = item.sidebarId().orElseThrow();
        String plugin = item.docsPluginId().orElse(DEFAULT_PLUGIN);
        Sidebar sidebar = navigation.sidebars().named(sidebarId);
        ResolvedItem shown = sidebarItem(item, sidebar, className);
        if (shown == null || versions.last(plugin).isEmpty()) {
            return shown;
        }
        // The sidebar of the version being read, as Docusaurus's DocSidebarNavbarItem takes it.
        return shown.seenFrom((page, root) -> {
            Sidebar own = versions.active(page, plugin)
                    .map(v -> navigation.sidebars().named(SidebarBinder.sidebarName(v, sidebarId))).orElse(null);
            ResolvedItem inVersion = own == null || own == sidebar || firstLink(own.items()) == null ? null
                    : sidebarItem(item, own, className);
            return preferred.follow((inVersion == null ? shown : inVersion).view(page, root), page, root, plugin,
                    v -> sidebarTarget(sidebarId, navigation.sidebars().named(SidebarBinder.sidebarName(v, sidebarId))),
                    null);
        });
    }

    private ResolvedItem sidebarItem(NavbarItem item, Sidebar sidebar, String className) {
        String sidebarId = item.sidebarId().orElseThrow();
        FirstLink first = sidebar == null ? null : firstLink(sidebar.items());
        if (first == null) {
            check.missing("sidebarId", sidebarId, sidebar == null
                    ? "the navbar item of type 'docSidebar' names sidebar '" + sidebarId + "', which the site does not have"
                    : "sidebar '" + sidebarId + "' has no doc or category link for its navbar item to link to");
            return null;
        }
        ChromeTarget target = new ChromeTarget(sidebarId, first.url(), "", first.page(), false, true);
        Predicate<Page> active = p -> navigation.sidebarOf(p) == sidebar;
        return new ResolvedItem(Kind.LINK, item.label().orElse(first.label()), target, active, null, className,
                List.of());
    }

    private static ChromeTarget sidebarTarget(String sidebarId, Sidebar sidebar) {
        FirstLink first = sidebar == null ? null : firstLink(sidebar.items());
        return first == null ? null : new ChromeTarget(sidebarId, first.url(), "", first.page(), false, true);
    }

    /** What a {@code docSidebar} item links to: the sidebar's first doc or category link. */
    private record FirstLink(String url, String label, Page page) {
    }

    /**
     * Docusaurus's {@code getFirstLink}: the first doc (not a {@code ref}), or the first category link, depth first.
     * Kept here until {@code Navigation} offers the same.
     */
    private static FirstLink firstLink(List<SidebarItem> items) {
        for (SidebarItem item : items) {
            if (item instanceof SidebarItem.DocItem doc && !doc.ref()) {
                return new FirstLink(doc.page().url(), doc.shownLabel(), doc.page());
            }
            if (item instanceof SidebarItem.CategoryItem category) {
                if (category.link() instanceof CategoryLink.DocLink link) {
                    return new FirstLink(link.url(), category.label(), link.page());
                }
                if (category.link() instanceof CategoryLink.GeneratedIndex index) {
                    return new FirstLink(index.url(), category.label(), null);
                }
                FirstLink inside = firstLink(category.items());
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** {@code to}/{@code href} of {@code item}, or {@code null} when it has neither. */
    ChromeTarget target(NavbarItem item) {
        Optional<String> value = item.to().or(item::href);
        return value.map(targets::resolve).orElse(null);
    }

    /** {@code activeBaseRegex} (on the page's path with the base URL), else {@code activeBasePath}, else the target. */
    private Predicate<Page> activeRule(NavbarItem item, ChromeTarget target) {
        String regex = option(item, "activeBaseRegex");
        if (regex != null) {
            try {
                Pattern pattern = Pattern.compile(regex);
                return p -> pattern.matcher(baseUrl + p.url()).find();
            } catch (PatternSyntaxException e) {
                check.missing("activeBaseRegex", regex, "activeBaseRegex '" + regex + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
        String basePath = option(item, "activeBasePath");
        if (basePath != null) {
            String base = targets.sitePath(basePath);
            return p -> ChromeTarget.under(p.url(), base);
        }
        return target::holds;
    }

    /** Pages by plugin instance and doc id (doc ids are unique within an instance only); made for the first doc item. */
    private Map<String, Page> docs() {
        if (docs == null) {
            docs = new HashMap<>();
            for (Page page : index.pages()) {
                docs.putIfAbsent(key(page.source().root().pluginId(), page.docId()), page);
            }
        }
        return docs;
    }

    private static String option(NavbarItem item, String key) {
        return item.options().get(key) instanceof String text ? text : null;
    }

    private static String key(String plugin, String docId) {
        return plugin + '\0' + docId;
    }
}
