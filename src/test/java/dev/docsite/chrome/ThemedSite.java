package dev.docsite.chrome;

import dev.docsite.config.SiteConfig;
import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.Footer;
import dev.docsite.docusaurus.Logo;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.NavbarItem;
import dev.docsite.docusaurus.ThemeConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@code themeConfig} values as {@code DocusaurusConfigReader} returns them, and sites carrying them. */
final class ThemedSite {

    private ThemedSite() {
    }

    /** {@code config} with {@code theme} and {@code baseUrl}. */
    static SiteConfig with(SiteConfig c, String baseUrl, String url, ThemeConfig theme) {
        return c.toBuilder().url(url).baseUrl(baseUrl).theme(theme).notices(List.of()).build();
    }

    static ThemeConfig theme(Optional<String> title, Optional<Logo> logo, List<NavbarItem> items,
                             Optional<Footer> footer) {
        return new ThemeConfig(new Navbar(title, logo, items), footer, new ColorMode("light", false, false),
                Optional.empty());
    }

    static NavbarItem to(String label, String to, String position) {
        return item("default", label, position, Optional.of(to), Optional.empty(), Map.of());
    }

    static NavbarItem href(String label, String href, String position) {
        return item("default", label, position, Optional.empty(), Optional.of(href), Map.of());
    }

    static NavbarItem doc(String docId, Optional<String> label, String position) {
        return new NavbarItem("doc", label, position, Optional.empty(), Optional.empty(), Optional.of(docId),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    static NavbarItem docSidebar(String sidebarId, Optional<String> label, String position) {
        return new NavbarItem("docSidebar", label, position, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(sidebarId), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    static NavbarItem dropdown(String label, String position, NavbarItem... items) {
        return new NavbarItem("dropdown", Optional.of(label), position, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(items), Map.of());
    }

    static NavbarItem html(String value, String position) {
        return new NavbarItem("html", Optional.empty(), position, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(value), List.of(), Map.of());
    }

    static NavbarItem typed(String type, String position) {
        return new NavbarItem(type, Optional.empty(), position, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    static NavbarItem item(String type, String label, String position, Optional<String> to, Optional<String> href,
                           Map<String, Object> options) {
        return new NavbarItem(type, Optional.of(label), position, to, href, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), options);
    }
}
