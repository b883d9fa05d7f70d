package dev.docsite.nav;

import dev.docsite.testing.TreeCopy;
import dev.docsite.config.ConfigException;
import dev.docsite.config.ContentRoot;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.config.SiteLayout;
import dev.docsite.docusaurus.SidebarPath;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.HtmlItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.site.SiteBuilder;
import dev.docsite.site.SiteModel;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The fixture site of {@code src/test/resources/docusaurus-sidebars}, copied to a temporary folder and configured as
 * a Docusaurus config with {@code docs: {sidebarPath}} would configure it, and a compact text form of its sidebars.
 */
final class SidebarFixture {

    private SidebarFixture() {
    }

    static Path copy(Path dir) {
        try {
            TreeCopy.copy(Path.of("src/test/resources/docusaurus-sidebars"), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The docs folder at {@code /docs} (Docusaurus's default {@code routeBasePath}) with {@code sidebarPath}. */
    static SiteConfig config(Path site, SidebarPath sidebarPath) {
        SiteLayout layout = new SiteLayout(
                List.of(new ContentRoot(site.resolve("docs"), "docs", "default", ContentRoot.Kind.DOCS, sidebarPath)),
                List.of(site.resolve("static")), List.of(), LinkRules.DOCUSAURUS);
        return SiteConfig.builder().siteRoot(site).title("Fixture").layout(layout)
                .templatesDir(site.resolve("templates")).outDir(site.resolve("build")).build();
    }

    static SiteConfig config(Path site, String sidebarsFile) {
        return config(site, new SidebarPath.File(site.resolve(sidebarsFile)));
    }

    static SiteModel load(SiteConfig config) {
        try {
            return new SiteBuilder(config, TestSite.CLOCK).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * One line per item, indented by nesting: its type, what it shows and where it leads ({@code /url} for pages of
     * the site), then its options.
     */
    static String dump(Sidebars sidebars) {
        StringBuilder out = new StringBuilder();
        for (Sidebar sidebar : sidebars.all()) {
            out.append(sidebar.name()).append('\n');
            items(sidebar.items(), "  ", out);
        }
        return out.toString();
    }

    private static void items(List<SidebarItem> items, String indent, StringBuilder out) {
        for (SidebarItem item : items) {
            out.append(indent);
            if (item instanceof DocItem doc) {
                out.append(doc.ref() ? "ref " : "doc ").append(doc.page().docId());
                if (doc.label() != null) {
                    out.append(" \"").append(doc.label()).append('"');
                }
                out.append(" → /").append(doc.page().url()).append(options(doc.className(), doc.customProps()));
            } else if (item instanceof LinkItem link) {
                out.append("link \"").append(link.label()).append("\" → ").append(link.internal() ? "/" : "")
                        .append(link.href()).append(options(link.className(), Map.of()));
            } else if (item instanceof HtmlItem html) {
                out.append("html ").append(html.value()).append(html.defaultStyle() ? " defaultStyle" : "");
            } else {
                CategoryItem category = (CategoryItem) item;
                out.append("category \"").append(category.label()).append('"');
                if (category.link() instanceof CategoryLink.DocLink doc) {
                    out.append(" → doc /").append(doc.url());
                } else if (category.link() instanceof CategoryLink.GeneratedIndex index) {
                    out.append(" → index /").append(index.url());
                    if (index.title() != null) {
                        out.append(" \"").append(index.title()).append('"');
                    }
                }
                out.append(category.collapsed() ? " collapsed" : "").append(category.collapsible() ? "" : " fixed")
                        .append(options(category.className(), category.customProps())).append('\n');
                items(category.items(), indent + "  ", out);
                continue;
            }
            out.append('\n');
        }
    }

    private static String options(String className, Map<String, Object> customProps) {
        return (className == null ? "" : " ." + className) + (customProps.isEmpty() ? "" : " " + customProps);
    }
}
