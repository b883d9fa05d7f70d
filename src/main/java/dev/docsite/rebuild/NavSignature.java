package dev.docsite.rebuild;

import dev.docsite.content.Page;

/**
 * The parts of a page that other pages show: the sidebar, breadcrumbs and previous/next links of every page are
 * built from them, so when any of them changes every page must be rendered again.
 */
record NavSignature(String docId, String url, String folder, boolean categoryIndex, boolean listed, String title,
                    String sidebarLabel, Double sidebarPosition, String paginationLabel) {

    static NavSignature of(Page page) {
        return new NavSignature(page.docId(), page.url(), page.folder(), page.categoryIndex(), page.listed(),
                page.title(), page.sidebarLabel(), page.frontMatter().sidebarPosition(),
                page.frontMatter().paginationLabel());
    }
}
