package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.DocTags;
import dev.docsite.nav.SidebarItem;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.output.SitemapWriter;
import dev.docsite.output.StaticFiles;
import dev.docsite.search.SearchDocument;
import dev.docsite.search.SearchDocuments;
import dev.docsite.search.SearchIndexWriter;
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
            SiteAssembly::searchIndex,
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
        Builder builder = new Builder(model, theme);
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
        private final Map<String, SiteFile> files = new LinkedHashMap<>();

        private Builder(SiteModel model, ThemeRenderer theme) {
            this.model = model;
            this.theme = theme;
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
                    (renderer, problems, preview) -> TagPages.index(renderer, tags, preview)));
            for (DocTags.Tag tag : tags.tags()) {
                site.add(new SiteFile.Rendered(tag.url() + "index.html", null, TagPages.rootOf(tag.url()),
                        (renderer, problems, preview) -> TagPages.tag(renderer, tags, tag, preview)));
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

    /**
     * The search index's files ({@code search/}): their number depends only on the number of documents, so they are
     * listed without indexing anything; the index is built once, when the first of them is made.
     */
    private static void searchIndex(Builder site) {
        List<Page> pages = site.model().index().pages();
        List<CategoryItem> indexes = site.model().navigation().generatedIndexes();
        int count = indexes.size();
        for (Page page : pages) {
            count += page.listed() ? 1 : 0;
        }
        Memo<SearchIndexWriter> index = new Memo<>(() -> {
            List<Page> listed = pages.stream().filter(Page::listed).toList();
            return new SearchIndexWriter(listed.size() + indexes.size(), d -> d < listed.size()
                    ? SearchDocuments.of(listed.get(d), listed.get(d).versionName())
                    : generatedIndexDocument(indexes.get(d - listed.size())));
        });
        site.generated(SearchIndexWriter.MANIFEST, () -> wrap(index.get().manifest()));
        for (int n = 0; n < SearchIndexWriter.fragmentCount(count); n++) {
            int fragment = n;
            site.generated(SearchIndexWriter.fragmentPath(n), () -> wrap(index.get().fragment(fragment)));
        }
        for (int n = 0; n < SearchIndexWriter.chunkCount(count); n++) {
            int chunk = n;
            site.generated(SearchIndexWriter.chunkPath(n), () -> wrap(index.get().chunk(chunk)));
        }
    }

    private static ByteBuffer[] wrap(byte[] bytes) {
        return new ByteBuffer[] {ByteBuffer.wrap(bytes)};
    }

    /** Each sidebar's whole tree, once per site: pages hold only its open branches ({@code Navigation}). */
    private static void sidebarData(Builder site) {
        Navigation navigation = site.model().navigation();
        for (int s = 0; s < navigation.sidebars().all().size(); s++) {
            int sidebar = s;
            site.generated(Navigation.dataPath(sidebar), () -> utf8(navigation.dataScript(sidebar)));
        }
    }

    /** A generated index in search: its title, and its description and item labels as its text. */
    private static SearchDocument generatedIndexDocument(CategoryItem category) {
        CategoryLink.GeneratedIndex link = (CategoryLink.GeneratedIndex) category.link();
        StringBuilder text = new StringBuilder();
        String description = link.description() != null ? link.description() : category.description();
        if (description != null) {
            text.append(description);
        }
        for (SidebarItem item : category.items()) {
            String label = item instanceof SidebarItem.DocItem d ? d.shownLabel()
                    : item instanceof SidebarItem.CategoryItem c ? c.label()
                    : item instanceof SidebarItem.LinkItem l ? l.label() : null;
            if (label != null) {
                text.append(text.length() == 0 ? "" : " ").append(label);
            }
        }
        return SearchDocuments.of(link.url(), link.title() != null ? link.title() : category.label(), "",
                text.toString());
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
