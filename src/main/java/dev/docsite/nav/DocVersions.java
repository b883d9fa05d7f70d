package dev.docsite.nav;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.links.SiteIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The docs versions of a site's docs plugin instances and their pages, for what moves a reader between versions as
 * Docusaurus's theme does: the same doc in another version ({@code alternateDocVersions}), else the version's main
 * doc ({@code getMainDocId}: the doc at the version's root, else the first doc of its first sidebar, else the first
 * doc by id); the version a page is read in ({@code useActiveDocContext}: the page's own, else the last version).
 * Immutable and thread-safe.
 */
public final class DocVersions {

    private final Map<String, List<ContentRoot>> byPlugin = new LinkedHashMap<>();
    private final Map<String, Page> docs = new HashMap<>();
    private final Map<ContentRoot, Page> mainDocs = new HashMap<>();

    private DocVersions(List<ContentRoot> roots, SiteIndex index, Sidebars sidebars) {
        for (ContentRoot root : roots) {
            if (root.kind() == ContentRoot.Kind.DOCS && root.version().isPresent()) {
                byPlugin.computeIfAbsent(root.pluginId(), k -> new ArrayList<>()).add(root);
            }
        }
        Map<ContentRoot, List<Page>> pagesOf = new HashMap<>();
        for (Page page : index.pages()) {
            ContentRoot root = page.source().root();
            if (root.version().isPresent()) {
                docs.putIfAbsent(key(root, page.docId()), page);
                pagesOf.computeIfAbsent(root, k -> new ArrayList<>()).add(page);
            }
        }
        for (Sidebar sidebar : sidebars.all()) {
            Page first = firstDoc(sidebar.items());
            if (first != null) {
                mainDocs.putIfAbsent(first.source().root(), first);
            }
        }
        pagesOf.forEach((root, pages) -> {
            Optional<Page> atRoot = pages.stream().filter(p -> p.url().equals(root.urlPrefix())).findFirst();
            if (atRoot.isPresent()) {
                mainDocs.put(root, atRoot.get());
            } else {
                mainDocs.computeIfAbsent(root, r -> pages.stream().min(Comparator.comparing(Page::docId)).orElseThrow());
            }
        });
    }

    /** The versions of every docs plugin of {@code roots}, bound to the pages of {@code index}. */
    public static DocVersions of(List<ContentRoot> roots, SiteIndex index, Sidebars sidebars) {
        return new DocVersions(roots, index, sidebars);
    }

    /** The version roots of docs plugin {@code pluginId}, newest first; empty for a plugin without versions. */
    public List<ContentRoot> versions(String pluginId) {
        return byPlugin.getOrDefault(pluginId, List.of());
    }

    /** The version readers are sent to ({@code lastVersion}), or empty when the plugin has no versions. */
    public Optional<ContentRoot> last(String pluginId) {
        return versions(pluginId).stream().filter(r -> r.version().map(DocsVersion::last).orElse(false)).findFirst();
    }

    /**
     * The version {@code page} is read in, for plugin {@code pluginId}: the page's own when it is one of the
     * plugin's docs, else the last version (Docusaurus's preferred version lives in the reader's browser only: the
     * theme script follows it, see {@code chrome/PreferredVersions}).
     */
    public Optional<ContentRoot> active(Page page, String pluginId) {
        return reads(page, pluginId) ? Optional.of(page.source().root()) : last(pluginId);
    }

    /** Whether {@code page} is a doc of one of the versions of docs plugin {@code pluginId}. */
    public boolean reads(Page page, String pluginId) {
        ContentRoot own = page == null ? null : page.source().root();
        return own != null && own.kind() == ContentRoot.Kind.DOCS && own.pluginId().equals(pluginId)
                && own.version().isPresent();
    }

    /** The doc with {@code docId} in {@code version}, or {@code null}. */
    public Page doc(ContentRoot version, String docId) {
        return docs.get(key(version, docId));
    }

    /** Where a reader of {@code page} goes in {@code version}: the same doc there, else the version's main doc. */
    public Page target(Page page, ContentRoot version) {
        Page same = page == null || !page.source().root().pluginId().equals(version.pluginId()) ? null
                : doc(version, page.docId());
        return same != null ? same : mainDoc(version);
    }

    /** The version's entry point, or {@code null} when it has no page. */
    public Page mainDoc(ContentRoot version) {
        return mainDocs.get(version);
    }

    private static String key(ContentRoot root, String docId) {
        return root.docScope() + '\0' + docId;
    }

    /** Docusaurus's {@code getFirstDocIdOfSidebar}: the first doc, ref or category doc link, depth first. */
    private static Page firstDoc(List<SidebarItem> items) {
        for (SidebarItem item : items) {
            if (item instanceof SidebarItem.DocItem doc) {
                return doc.page();
            }
            if (item instanceof SidebarItem.CategoryItem category) {
                if (category.link() instanceof CategoryLink.DocLink link) {
                    return link.page();
                }
                Page inside = firstDoc(category.items());
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
