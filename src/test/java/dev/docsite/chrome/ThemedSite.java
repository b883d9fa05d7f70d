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
        return NavbarItem.builder().type("doc").label(label).position(position).docId(Optional.of(docId)).build();
    }

    static NavbarItem docSidebar(String sidebarId, Optional<String> label, String position) {
        return NavbarItem.builder().type("docSidebar").label(label).position(position)
                .sidebarId(Optional.of(sidebarId)).build();
    }

    static NavbarItem dropdown(String label, String position, NavbarItem... items) {
        return NavbarItem.builder().type("dropdown").label(Optional.of(label)).position(position)
                .items(List.of(items)).build();
    }

    static NavbarItem html(String value, String position) {
        return NavbarItem.builder().type("html").position(position).html(Optional.of(value)).build();
    }

    static NavbarItem typed(String type, String position) {
        return NavbarItem.builder().type(type).position(position).build();
    }

    static NavbarItem item(String type, String label, String position, Optional<String> to, Optional<String> href,
                           Map<String, Object> options) {
        return NavbarItem.builder().type(type).label(Optional.of(label)).position(position).to(to).href(href)
                .options(options).build();
    }
}
