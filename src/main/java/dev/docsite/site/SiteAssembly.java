package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.DocTags;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.output.SitemapWriter;
import dev.docsite.output.StaticFiles;
import dev.docsite.search.SearchTermsCache;
import dev.docsite.templates.ThemeAsset;
import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The output stage's list: everything a site consists of, listed once for {@code build}, {@code check} and the
 * preview server alike. Each file is a {@link SiteFile} that says how it is made; {@link SiteWriter} writes them all
 * to an {@code OutputSink}, the preview server makes each one on request. Listing is cheap: nothing is rendered or read
 * until a file is written or served.
 *
 * <p>To add a file or page the site generates (a feed, a tag page), add a {@link Source} to {@link #SOURCES}.
 */
public final class SiteAssembly {

    /** Adds some of the site's files. */
    @FunctionalInterface
    interface Source {
        void addTo(Builder site) throws IOException;
    }

    /**
     * Every part of a site, in the order in which a later file replaces an earlier one with the same path: a static
     * file replaces a generated one, a theme asset a static one.
     */
    private static final List<Source> SOURCES = List.of(
            SiteAssembly::markdownPages,
            SiteAssembly::generatedIndexPages,
            SiteAssembly::tagPages,
            BlogFiles::addTo,
            SiteAssembly::notFoundPage,
            SiteAssembly::sitemap,
            SearchIndexFiles::addTo,
            SiteAssembly::sidebarData,
            SiteAssembly::staticFolder,
            SiteAssembly::linkedFiles,
            SiteAssembly::themeAssets,
            SiteAssembly::kpiSnapshot);

    private final SiteModel model;
    private final Map<String, SiteFile> files;

    private SiteAssembly(SiteModel model, Map<String, SiteFile> files) {
        this.model = model;
        this.files = Collections.unmodifiableMap(files);
    }

    /** Lists the files of the site {@code model} describes, drawn with {@code theme}. */
    public static SiteAssembly of(SiteModel model, ThemeRenderer theme) throws IOException {
        return of(model, theme, null);
    }

    /**
     * As {@link #of(SiteModel, ThemeRenderer)}; the search index takes the terms of unchanged documents from
     * {@code searchTerms} (when not null) and notes its documents' digests there for the next build.
     */
    static SiteAssembly of(SiteModel model, ThemeRenderer theme, SearchTermsCache searchTerms) throws IOException {
        Builder builder = new Builder(model, theme, searchTerms);
        for (Source source : SOURCES) {
            source.addTo(builder);
        }
        return new SiteAssembly(model, builder.files);
    }

    public SiteModel model() {
        return model;
    }

    /** The file at {@code path}, or {@code null} when the site has none there. */
    public SiteFile file(String path) {
        return files.get(path);
    }

    /** Every file, each path once. */
    public Collection<SiteFile> files() {
        return files.values();
    }

    /** What the sources add to: the model and theme to make files from, and the files listed so far. */
    static final class Builder {
        private final SiteModel model;
        private final ThemeRenderer theme;
        private final SearchTermsCache searchTerms;
        private final Map<String, SiteFile> files = new LinkedHashMap<>();

        private Builder(SiteModel model, ThemeRenderer theme, SearchTermsCache searchTerms) {
            this.model = model;
            this.theme = theme;
            this.searchTerms = searchTerms;
        }

        /** The previous build's search terms, or {@code null} (no build cache). */
        SearchTermsCache searchTerms() {
            return searchTerms;
        }

        SiteModel model() {
            return model;
        }

        ThemeRenderer theme() {
            return theme;
        }

        void add(SiteFile file) {
            files.put(file.path(), file);
        }

        void generated(String path, Supplier<ByteBuffer[]> content) {
            add(new SiteFile.Generated(path, content));
        }

        /** A generated file whose inputs are digested without making it ({@link SiteFile.Generated#inputs}). */
        void generated(String path, Supplier<ByteBuffer[]> content, Supplier<String> inputs) {
            add(new SiteFile.Generated(path, content, inputs));
        }

        void copied(String path, Path source) {
            add(new SiteFile.Copied(path, source));
        }
    }

    private static void markdownPages(Builder site) {
        for (Page page : site.model().index().pages()) {
            site.add(new SiteFile.Rendered(page.url() + "index.html", page, page.root(),
                    (renderer, problems, preview) -> renderer.render(page, problems, preview)));
        }
    }

    /**
     * The index pages of categories linking to a generated index. Listed after the Markdown pages: a doc at the same
     * URL is replaced, as Docusaurus's route for the category would win over the doc's.
     */
    private static void generatedIndexPages(Builder site) {
        for (CategoryItem category : site.model().navigation().generatedIndexes()) {
            CategoryLink.GeneratedIndex index = (CategoryLink.GeneratedIndex) category.link();
            site.add(new SiteFile.Rendered(index.url() + "index.html", null, index.root(),
                    (renderer, problems, preview) -> renderer.renderGeneratedIndex(category, preview)));
        }
    }

    /** Each docs root's tags index and tag pages ({@code tags/}, {@code tags/risk/}), after the docs they replace. */
    private static void tagPages(Builder site) {
        for (DocTags tags : DocTags.of(site.model().index().pages())) {
            site.add(new SiteFile.Rendered(tags.indexUrl() + "index.html", null, TagPages.rootOf(tags.indexUrl()),
                    (SiteFile.SiteWideDrawing) (renderer, problems, preview) -> TagPages.index(renderer, tags, preview)));
            for (DocTags.Tag tag : tags.tags()) {
                site.add(new SiteFile.Rendered(tag.url() + "index.html", null, TagPages.rootOf(tag.url()),
                        (SiteFile.SiteWideDrawing) (renderer, problems, preview)
                                -> TagPages.tag(renderer, tags, tag, preview)));
            }
        }
    }

    /** Served at any depth, so its links start from the base URL. */
    private static void notFoundPage(Builder site) {
        site.add(new SiteFile.Rendered("404.html", null, site.model().config().baseUrl(),
                (renderer, problems, preview) -> RenderedPage.whole(renderer.renderNotFound(preview))));
    }

    private static void sitemap(Builder site) {
        SiteModel model = site.model();
        site.generated("sitemap.xml", () -> {
            List<String> urls = new ArrayList<>();
            for (Page p : model.navigation().listedPages()) {
                if (!p.source().root().version().map(DocsVersion::noIndex).orElse(false)) {
                    urls.add(p.url()); // as Docusaurus's sitemap, which leaves out pages asking not to be indexed
                }
            }
            for (CategoryItem category : model.navigation().generatedIndexes()) {
                urls.add(category.linkUrl());
            }
            for (DocTags tags : DocTags.of(model.index().pages())) {
                if (!tags.noIndex()) { // as the docs: a version that asks not to be indexed
                    urls.add(tags.indexUrl());
                    tags.tags().forEach(tag -> urls.add(tag.url()));
                }
            }
            urls.addAll(model.blogs().generatedUrls());
            return utf8(SitemapWriter.write(model.config().url(), model.config().baseUrl(), urls));
        });
    }

    /** Each sidebar's whole tree, once per site: pages hold only its open branches ({@code Navigation}). */
    private static void sidebarData(Builder site) {
        Navigation navigation = site.model().navigation();
        for (int s = 0; s < navigation.sidebars().all().size(); s++) {
            int sidebar = s;
            site.generated(Navigation.dataPath(sidebar), () -> utf8(navigation.dataScript(sidebar)));
        }
    }

    private static void staticFolder(Builder site) throws IOException {
        StaticFiles.listAll(site.model().config().staticDirs()).forEach(site::copied);
    }

    /** Files pages link to or show, outside the static folder (which is copied as a whole). */
    private static void linkedFiles(Builder site) {
        site.model().resolver().assets().toCopy().forEach((source, path) -> site.copied(path, source));
    }

    private static void themeAssets(Builder site) {
        for (ThemeAsset asset : site.theme().assets()) {
            if (!BrowserDrawnBlocks.writes(asset.sitePath(), site.model().config())) {
                continue;
            }
            if (asset.override() != null) {
                site.copied(asset.sitePath(), asset.override());
            } else {
                byte[] bytes = asset.builtIn();
                site.generated(asset.sitePath(), () -> new ByteBuffer[] {ByteBuffer.wrap(bytes)});
            }
        }
    }

    private static void kpiSnapshot(Builder site) {
        var snapshot = site.model().kpiSnapshot();
        if (snapshot != null) {
            site.generated("kpi/snapshot.json", () -> utf8(snapshot.toJson()));
        }
    }

    private static ByteBuffer[] utf8(String text) {
        return new ByteBuffer[] {ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))};
    }
}
