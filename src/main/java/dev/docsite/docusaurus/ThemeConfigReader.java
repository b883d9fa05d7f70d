package dev.docsite.docusaurus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code themeConfig} (navbar, footer, color mode, social card, docs) as the classic theme interprets it. */
final class ThemeConfigReader {
    private ThemeConfigReader() {
    }

    static ThemeConfig read(Fields config) throws DocusaurusConfigException {
        Optional<Fields> theme = config.object("themeConfig");
        Optional<String> favicon = config.string("favicon");
        if (theme.isEmpty()) {
            return new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                    new ColorMode("light", false, false), Optional.empty(), favicon);
        }
        Fields themeConfig = theme.get();
        Optional<Fields> colorModeFields = themeConfig.object("colorMode");
        ColorMode colorMode = new ColorMode("light", false, false);
        if (colorModeFields.isPresent()) {
            Fields fields = colorModeFields.get();
            String mode = fields.string("defaultMode", "light");
            if (!mode.equals("light") && !mode.equals("dark")) {
                throw fields.error("defaultMode", "must be 'light' or 'dark', not '" + mode + "'");
            }
            colorMode = new ColorMode(mode, fields.bool("disableSwitch", false), fields.bool("respectPrefersColorScheme", false));
        }
        Optional<Fields> docs = themeConfig.object("docs");
        return new ThemeConfig(navbar(themeConfig.object("navbar")), footer(themeConfig.object("footer")), colorMode,
                themeConfig.string("image"), favicon, docs.isPresent() ? DocsTheme.read(docs.get()) : DocsTheme.DEFAULT);
    }

    private static Navbar navbar(Optional<Fields> navbar) throws DocusaurusConfigException {
        if (navbar.isEmpty()) {
            return new Navbar(Optional.empty(), Optional.empty(), List.of());
        }
        Fields fields = navbar.get();
        List<NavbarItem> items = new ArrayList<>();
        for (Fields item : fields.objects("items")) {
            items.add(navbarItem(item, true));
        }
        return new Navbar(fields.string("title"), logo(fields.object("logo")), List.copyOf(items));
    }

    private static NavbarItem navbarItem(Fields item, boolean topLevel) throws DocusaurusConfigException {
        String type = item.string("type").orElse(item.has("items") ? "dropdown" : "default");
        List<NavbarItem> children = new ArrayList<>();
        if (type.equals("dropdown")) {
            for (Fields child : item.objects("items")) {
                children.add(navbarItem(child, false));
            }
        } else if (type.equals("docsVersionDropdown")) {
            for (String key : List.of("dropdownItemsBefore", "dropdownItemsAfter")) {
                for (Fields child : item.objects(key)) {
                    children.add(navbarItem(child, false));
                }
            }
        }
        switch (type) {
            case "doc", "docsVersion" -> {
                if (type.equals("doc")) {
                    item.required("docId");
                }
            }
            case "docSidebar" -> item.required("sidebarId");
            case "html" -> item.required("value");
            case "default" -> {
                if (!item.has("to") && !item.has("href")) {
                    throw item.error(null, "a navbar link needs 'to' (a site path) or 'href' (a URL)");
                }
            }
            case "dropdown", "search", "docsVersionDropdown", "localeDropdown" -> {
                // no required option
            }
            default -> {
                if (!type.startsWith("custom-")) {
                    throw item.error("type", "unknown navbar item type '" + type + "' (Docusaurus knows default, dropdown, doc, "
                            + "docSidebar, docsVersion, docsVersionDropdown, localeDropdown, search, html and custom-*)");
                }
            }
        }
        String position = item.string("position", "left");
        if (topLevel && !position.equals("left") && !position.equals("right")) {
            throw item.error("position", "must be 'left' or 'right', not '" + position + "'");
        }
        return NavbarItem.builder()
                .type(type)
                .label(item.string("label"))
                .position(position)
                .to(item.string("to"))
                .href(item.string("href"))
                .docId(item.string("docId"))
                .sidebarId(item.string("sidebarId"))
                .docsPluginId(item.string("docsPluginId"))
                .html(item.string("value"))
                .items(List.copyOf(children))
                .options(item.values())
                .build();
    }

    private static Optional<Footer> footer(Optional<Fields> footer) throws DocusaurusConfigException {
        if (footer.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = footer.get();
        List<FooterColumn> columns = new ArrayList<>();
        List<Fields> links = fields.objects("links");
        boolean multiColumn = links.stream().anyMatch(link -> link.has("items"));
        if (multiColumn) {
            for (Fields column : links) {
                List<FooterLink> items = new ArrayList<>();
                for (Fields link : column.objects("items")) {
                    items.add(footerLink(link));
                }
                columns.add(new FooterColumn(column.string("title"), List.copyOf(items)));
            }
        } else if (!links.isEmpty()) {
            List<FooterLink> items = new ArrayList<>();
            for (Fields link : links) {
                items.add(footerLink(link));
            }
            columns.add(new FooterColumn(Optional.empty(), List.copyOf(items)));
        }
        return Optional.of(new Footer(fields.string("style", "light"), List.copyOf(columns), fields.string("copyright"),
                logo(fields.object("logo"))));
    }

    private static FooterLink footerLink(Fields link) throws DocusaurusConfigException {
        if (!link.has("html") && !link.has("to") && !link.has("href")) {
            throw link.error(null, "a footer link needs 'to' (a site path), 'href' (a URL) or 'html'");
        }
        return new FooterLink(link.string("label"), link.string("to"), link.string("href"), link.string("html"));
    }

    private static Optional<Logo> logo(Optional<Fields> logo) throws DocusaurusConfigException {
        if (logo.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = logo.get();
        return Optional.of(new Logo(fields.required("src"), fields.string("srcDark"), fields.string("alt"), fields.string("href"),
                size(fields, "width"), size(fields, "height")));
    }

    /** A logo's {@code width}/{@code height}: a number ({@code 32}) or a CSS length ({@code "2rem"}), as React takes it. */
    private static Optional<String> size(Fields fields, String key) throws DocusaurusConfigException {
        Object value = fields.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Optional.of(d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw fields.error(key, "must be a number or a string, not " + ConfigFields.describe(value));
    }
}
