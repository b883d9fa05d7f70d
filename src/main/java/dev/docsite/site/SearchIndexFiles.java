package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.nav.CategoryLink;
import dev.docsite.nav.SidebarItem;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.search.SearchDocument;
import dev.docsite.search.SearchDocuments;
import dev.docsite.search.SearchIndexWriter;
import dev.docsite.search.SearchTermsCache;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The search index's files ({@code search/}) in a {@link SiteAssembly}: their number depends only on the number of
 * documents, so they are listed without indexing anything; the index is built once, when the first of them is made.
 * With the build cache, unchanged documents' terms come from the previous build ({@link SearchTermsCache}) and each
 * document chunk says what it is made from ({@link SearchIndexWriter#chunkInputs}), so a chunk whose documents are
 * unchanged is linked from the previous output instead of written.
 */
final class SearchIndexFiles {

    private SearchIndexFiles() {
    }

    static void addTo(SiteAssembly.Builder site) {
        List<Page> pages = site.model().index().pages();
        List<CategoryItem> indexes = site.model().navigation().generatedIndexes();
        int count = indexes.size();
        for (Page page : pages) {
            count += page.listed() ? 1 : 0;
        }
        SearchTermsCache terms = site.searchTerms();
        Memo<SearchIndexWriter> index = new Memo<>(() -> {
            List<Page> listed = pages.stream().filter(Page::listed).toList();
            return new SearchIndexWriter(listed.size() + indexes.size(), d -> d < listed.size()
                    ? SearchDocuments.of(listed.get(d), listed.get(d).versionName())
                    : generatedIndexDocument(indexes.get(d - listed.size())), terms,
                    d -> d < listed.size() ? SearchDocuments.keyOf(listed.get(d), listed.get(d).versionName()) : null);
        });
        site.generated(SearchIndexWriter.MANIFEST, () -> wrap(index.get().manifest()));
        for (int n = 0; n < SearchIndexWriter.fragmentCount(count); n++) {
            int fragment = n;
            site.generated(SearchIndexWriter.fragmentPath(n), () -> wrap(index.get().fragment(fragment)));
        }
        for (int n = 0; n < SearchIndexWriter.chunkCount(count); n++) {
            int chunk = n;
            site.generated(SearchIndexWriter.chunkPath(n), () -> wrap(index.get().chunk(chunk)),
                    terms == null ? null : () -> index.get().chunkInputs(chunk));
        }
    }

    private static ByteBuffer[] wrap(byte[] bytes) {
        return new ByteBuffer[] {ByteBuffer.wrap(bytes)};
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
}
