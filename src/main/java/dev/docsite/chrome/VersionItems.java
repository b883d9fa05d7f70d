package dev.docsite.chrome;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.docusaurus.NavbarItem;
import dev.docsite.nav.DocVersions;
import dev.docsite.templates.NavbarItemView;
import dev.docsite.templates.NavbarItemView.Kind;
import dev.docsite.templates.VersionChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The docs version navbar items of the classic theme: {@code docsVersionDropdown} (the version being read as label,
 * linking to its main doc; an item per version leading to the same doc in that version, else to that version's main
 * doc, between {@code dropdownItemsBefore} and {@code dropdownItemsAfter}; a plain link when it would hold one item;
 * {@code dropdownActiveClassDisabled}; {@code versions} choosing and relabelling the versions) and
 * {@code docsVersion} (a link to the main doc of the version being read, labelled with it). Both change with the
 * page: on a page that is no doc of the plugin, the version is the last one.
 */
final class VersionItems {

    private final DocVersions versions;
    private final NavbarItems items;
    private final ChromeLinkCheck check;
    private final PreferredVersions preferred;

    VersionItems(DocVersions versions, NavbarItems items, ChromeLinkCheck check) {
        this.versions = versions;
        this.preferred = new PreferredVersions(versions);
        this.items = items;
        this.check = check;
    }

    /** {@code item} bound to the site, or {@code null} (reported) when its docs plugin has no versions. */
    ResolvedItem item(NavbarItem item, String className) {
        String plugin = item.docsPluginId().orElse("default");
        if (versions.versions(plugin).isEmpty()) {
            check.missing("docsPluginId", plugin, "the navbar item of type '" + item.type() + "' names the docs plugin '"
                    + plugin + "', which has no versions");
            return null;
        }
        Map<ContentRoot, String> shown = shownVersions(item, plugin);
        boolean activeDisabled = Boolean.TRUE.equals(item.options().get("dropdownActiveClassDisabled"));
        ResolvedItem placeholder = new ResolvedItem(Kind.LINK, item.label().orElse(""), null, p -> false, null,
                className, List.of());
        if (item.type().equals("docsVersion")) {
            return placeholder.seenFrom((page, root) -> {
                ContentRoot active = versions.active(page, plugin).orElseThrow();
                Page main = versions.mainDoc(active);
                ChromeTarget target = pageTarget(active, main);
                return preferred.follow(new NavbarItemView(Kind.LINK, item.label().orElse(label(active)),
                        target.href(root), false, target.holds(page), null, className, List.of()), page, root, plugin,
                        v -> pageTarget(v, versions.mainDoc(v)), v -> item.label().orElse(label(v)));
            });
        }
        int before = item.options().get("dropdownItemsBefore") instanceof List<?> list ? list.size() : 0;
        List<ResolvedItem> extra = items.resolve(item.items());
        return placeholder.seenFrom((page, root) -> {
            ContentRoot active = versions.active(page, plugin).orElseThrow();
            List<NavbarItemView> children = new ArrayList<>();
            extra.subList(0, before).forEach(i -> children.add(i.view(page, root)));
            shown.forEach((version, label) -> {
                Page target = versions.target(page, version);
                if (target != null) {
                    boolean reading = page != null && page.source().root().equals(version);
                    children.add(new NavbarItemView(Kind.LINK, label, pageTarget(version, target).href(root), false,
                            reading, null, null, List.of()).withVersionChoice(VersionChoice.saving(plugin,
                            version.version().orElseThrow().name())));
                }
            });
            extra.subList(before, extra.size()).forEach(i -> children.add(i.view(page, root)));
            ChromeTarget main = pageTarget(active, versions.mainDoc(active));
            String label = shown.getOrDefault(active, label(active));
            NavbarItemView view = children.size() <= 1
                    ? new NavbarItemView(Kind.LINK, label, main.href(root), false,
                            !activeDisabled && main.holds(page), null, className, List.of())
                    : new NavbarItemView(Kind.DROPDOWN, label, main.href(root), false,
                            !activeDisabled && children.stream().anyMatch(NavbarItemView::active), null, className,
                            children);
            // Labelled with useDocsVersionCandidates()[0]: outside the docs, the preferred version when there is one.
            return preferred.follow(view, page, root, plugin, v -> pageTarget(v, versions.mainDoc(v)),
                    v -> shown.getOrDefault(v, label(v)));
        });
    }

    /** The versions the dropdown lists with their labels: every one, or those its {@code versions} option names. */
    private Map<ContentRoot, String> shownVersions(NavbarItem item, String plugin) {
        Map<String, ContentRoot> byName = new LinkedHashMap<>();
        versions.versions(plugin).forEach(r -> byName.put(r.version().orElseThrow().name(), r));
        Map<ContentRoot, String> shown = new LinkedHashMap<>();
        Object option = item.options().get("versions");
        if (option instanceof List<?> names) {
            names.forEach(name -> add(shown, byName, String.valueOf(name), null));
        } else if (option instanceof Map<?, ?> named) {
            named.forEach((name, value) -> add(shown, byName, String.valueOf(name),
                    value instanceof Map<?, ?> v && v.get("label") instanceof String label ? label : null));
        } else {
            byName.values().forEach(r -> shown.put(r, label(r)));
        }
        return shown;
    }

    private void add(Map<ContentRoot, String> shown, Map<String, ContentRoot> byName, String name, String label) {
        ContentRoot root = byName.get(name);
        if (root == null) {
            check.missing("versions", name, "the navbar item of type 'docsVersionDropdown' lists version '" + name
                    + "', which the docs plugin does not build (versions: " + String.join(", ", byName.keySet()) + ")");
            return;
        }
        shown.put(root, label != null ? label : label(root));
    }

    private static String label(ContentRoot version) {
        return version.version().map(DocsVersion::label).orElse("");
    }

    private static ChromeTarget pageTarget(ContentRoot version, Page page) {
        String url = page == null ? version.urlPrefix() : page.url();
        return new ChromeTarget(version.version().map(DocsVersion::name).orElse(""), url, "", page, false, true);
    }
}
