package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.SidebarKey;
import dev.docsite.nav.SidebarTopLevel;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.SiteView;
import dev.docsite.templates.ThemeRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders each distinct sidebar once and reuses it for every page that shows it. In a section of hundreds of
 * pages the sidebar is most of each page's HTML; rendering it per page made it the largest cost of a build, and
 * copying it into every page string was the next one, so pages are written around the shared sidebar's bytes
 * ({@link SidebarHtml}). The current page is marked by its link ({@code aria-current="page"}). Only open categories
 * hold their items (closed ones are filled by the theme script from the sidebar's data file), so what differs between
 * the pages of one parent folder is which categories are open, which is part of the key.
 */
final class SidebarCache {

    /** One shared sidebar: its items (for templates that test them) and its HTML. */
    record Shared(List<NavItem> items, SharedSidebar html) {
    }

    /** The sidebar shown on {@code page}: the shared items, and the shared HTML with the page's own link marked. */
    record ForPage(List<NavItem> items, SidebarHtml html) {
    }

    private static final int KEPT = Math.max(32, 4 * Runtime.getRuntime().availableProcessors());

    private final Navigation navigation;
    private final ThemeRenderer theme;
    private final SiteView site;
    /**
     * The sidebars drawn last. Pages are rendered in order, a few at a time per core, so the pages of one folder
     * follow each other; keeping every sidebar of the site instead held 2.4 GB on 10,000 pages of small deep
     * folders, where nearly every folder has a sidebar of its own.
     */
    private final Map<SidebarKey, Shared> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SidebarKey, Shared> eldest) {
            return size() > KEPT;
        }
    });

    /**
     * The top-level items shared by the sidebars of all folders of one depth (see {@link SidebarTopLevel}), each
     * drawn once: on a site of many small folders they are most of every sidebar. A few hundred bytes per item and
     * folder depth. Keyed by sidebar number (high half) and depth; each array holds the sidebar's top-level items.
     */
    private final Map<Long, SharedSidebar.Part[]> topLevelItems = new ConcurrentHashMap<>();

    SidebarCache(Navigation navigation, ThemeRenderer theme, SiteView site) {
        this.navigation = navigation;
        this.theme = theme;
        this.site = site;
    }

    /** A page in no sidebar: no items and no HTML, so the layout writes no sidebar at all. */
    private static final Shared NONE = new Shared(List.of(), new SharedSidebar(""));

    ForPage forPage(Page page) {
        SidebarKey key = navigation.sidebarKey(page);
        if (key == null) {
            return new ForPage(NONE.items(), NONE.html().markedAt(""));
        }
        Shared shared = shared(key);
        return new ForPage(shared.items(), shared.html().markedAt(key.href(page.url())));
    }

    private Shared shared(SidebarKey key) {
        Shared shared = cache.get(key);
        if (shared == null) {
            // Drawn outside the lock, so that the other cores draw theirs meanwhile; two pages of a new folder at
            // once may both draw it, which costs time but not output.
            shared = theme.drawsSidebarByItem() && key.parent() != null ? drawnByItem(key) : drawnWhole(key);
            Shared earlier = cache.putIfAbsent(key, shared);
            shared = earlier != null ? earlier : shared;
        }
        return shared;
    }

    private Shared drawnWhole(SidebarKey key) {
        List<NavItem> items = navigation.sidebar(key);
        return new Shared(items, new SharedSidebar(theme.renderSidebar(site, items, key.root())));
    }

    /**
     * The built-in sidebar, its top-level items that look the same from every folder of one depth taken from
     * {@link #topLevelItems} (drawn there once), the others drawn for the key.
     */
    private Shared drawnByItem(SidebarKey key) {
        SidebarTopLevel top = navigation.topLevel(key.sidebar());
        int[] depths = top.sharedDepths(key);
        List<SharedSidebar.Part> parts = new ArrayList<>();
        StringBuilder drawn = new StringBuilder(theme.sidebarHead());
        for (int i = 0; i < depths.length; i++) {
            int depth = depths[i];
            if (depth < 0) {
                NavItem item = top.item(key, i);
                drawn.append(item == null ? "" : theme.sidebarItem(item));
                continue;
            }
            if (!drawn.isEmpty()) {
                parts.add(SharedSidebar.Part.of(drawn.toString()));
                drawn.setLength(0);
            }
            SharedSidebar.Part[] drawnAtDepth = topLevelItems.computeIfAbsent(((long) key.sidebar() << 32) | depth,
                    k -> new SharedSidebar.Part[depths.length]);
            SharedSidebar.Part part = drawnAtDepth[i];
            if (part == null) { // two threads may both draw it: the same bytes
                NavItem item = top.item(key, i);
                part = SharedSidebar.Part.of(item == null ? "" : theme.sidebarItem(item));
                drawnAtDepth[i] = part;
            }
            parts.add(part);
        }
        parts.add(SharedSidebar.Part.of(drawn.append(theme.sidebarTail()).toString()));
        return new Shared(new LazyNavItems(top.shown(), () -> navigation.sidebar(key)), new SharedSidebar(parts));
    }

}
