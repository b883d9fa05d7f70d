package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.nav.Navigation;
import dev.docsite.templates.NavItem;
import dev.docsite.templates.SiteView;
import dev.docsite.templates.ThemeRenderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders each distinct sidebar once and reuses it for every page that shows it. In a section of hundreds of
 * pages the sidebar is most of each page's HTML; rendering it per page made it the largest cost of a build.
 * The current page is then marked in the shared HTML by its link ({@code aria-current="page"}).
 */
final class SidebarCache {

    /** One shared sidebar: its items (for templates that test them) and its HTML. */
    record Shared(List<NavItem> items, String html) {
    }

    private final Navigation navigation;
    private final ThemeRenderer theme;
    private final SiteView site;
    private final Map<Navigation.SidebarKey, Shared> cache = new ConcurrentHashMap<>();

    SidebarCache(Navigation navigation, ThemeRenderer theme, SiteView site) {
        this.navigation = navigation;
        this.theme = theme;
        this.site = site;
    }

    Shared shared(Page page) {
        return shared(navigation.sidebarKey(page));
    }

    private Shared shared(Navigation.SidebarKey pageKey) {
        return cache.computeIfAbsent(pageKey, key -> {
            List<NavItem> items = navigation.sidebar(key);
            return new Shared(items, theme.renderSidebar(site, items, key.root()));
        });
    }

    /** The shared sidebar HTML with the link to {@code page} marked as the current page. */
    String htmlFor(Page page) {
        Navigation.SidebarKey key = navigation.sidebarKey(page);
        String html = shared(key).html();
        String href = "href=\"" + key.href(page.url()) + "\"";
        int at = html.indexOf(href);
        if (at < 0) {
            return html;
        }
        int end = at + href.length();
        return html.substring(0, end) + " aria-current=\"page\"" + html.substring(end);
    }
}
