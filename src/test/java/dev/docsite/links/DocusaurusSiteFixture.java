package dev.docsite.links;

import dev.docsite.testing.TreeCopy;
import dev.docsite.config.ContentRoot;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.config.SiteLayout;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.site.SiteBuilder;
import dev.docsite.site.SiteModel;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture sites of {@code src/test/resources/docusaurus-links}, copied to a temporary folder and configured as
 * the Docusaurus config would configure them, and each link's verdict: the URL written, or the problem reported.
 */
final class DocusaurusSiteFixture {

    private DocusaurusSiteFixture() {
    }

    /** Copies the fixture folder into {@code dir} and returns {@code dir}. */
    static Path copy(Path dir) {
        try {
            TreeCopy.copy(Path.of("src/test/resources/docusaurus-links"), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code website/} with {@code docs: {path: '../docs', routeBasePath}}, the pages plugin on {@code src/pages},
     * {@code staticDirectories: ['static', 'static-extra']}, and a blog and a React page at {@code /showcase}.
     */
    static SiteConfig besideSite(Path fixture, String routeBasePath, String baseUrl) {
        Path site = fixture.resolve("website");
        SiteLayout layout = new SiteLayout(
                List.of(new ContentRoot(fixture.resolve("docs"), routeBasePath, "default", ContentRoot.Kind.DOCS),
                        new ContentRoot(site.resolve("src/pages"), "/", "default", ContentRoot.Kind.PAGES)),
                List.of(site.resolve("static"), site.resolve("static-extra")),
                List.of("/blog/", "/showcase"),
                LinkRules.DOCUSAURUS);
        return config(site, baseUrl, layout);
    }

    /**
     * {@code inside/} with its docs in {@code inside/docs} at {@code routeBasePath: '/'} and the pages plugin, whose
     * {@code src/pages} folder it does not have.
     */
    static SiteConfig docsInside(Path fixture) {
        Path site = fixture.resolve("inside");
        SiteLayout layout = new SiteLayout(
                List.of(new ContentRoot(site.resolve("docs"), "/", "default", ContentRoot.Kind.DOCS),
                        new ContentRoot(site.resolve("src/pages"), "/", "default", ContentRoot.Kind.PAGES)),
                List.of(site.resolve("static")), List.of(), LinkRules.DOCUSAURUS);
        return config(site, "/", layout);
    }

    private static SiteConfig config(Path site, String baseUrl, SiteLayout layout) {
        return SiteConfig.builder().siteRoot(site).title("Fixture").baseUrl(baseUrl).layout(layout)
                .templatesDir(site.resolve("templates")).outDir(site.resolve("build")).build();
    }

    static SiteModel load(SiteConfig config) {
        try {
            return new SiteBuilder(config, TestSite.CLOCK).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.docsite.config.ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * What the link check made of the link to {@code target} in the page at {@code url}: the URL written into the
     * page, or the problem as printed.
     */
    static String verdict(SiteModel model, String url, String target) {
        Page page = model.index().byUrl(url);
        if (page == null) {
            throw new AssertionError("no page at " + url + "; pages: " + model.index().urls().keySet());
        }
        LinkRef ref = page.outline().links().stream().filter(l -> l.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + target + " in " + url));
        Resolution r = model.links().perPage().get(page).resolution(ref);
        return r.problem() != null ? r.problem().format() : model.resolver().href(page, r, ref);
    }
}
