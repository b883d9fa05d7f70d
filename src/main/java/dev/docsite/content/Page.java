package dev.docsite.content;

import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.markdown.BodyTemplate;
import dev.docsite.markdown.PageOutline;

/**
 * One page of the site, everything known about it before rendering. Built with {@link #builder()}.
 *
 * @param source       the file
 * @param docId        Docusaurus doc id: folder path without number prefixes + ({@code id} or file name)
 * @param url          URL relative to the site root, always a folder: {@code platform/risk-score/}, {@code ""} for home
 * @param folder       content folder of the file (content-relative, with number prefixes, for sidebar grouping)
 * @param categoryIndex whether this page is its folder's index ({@code index.md}, {@code README.md}, or named like
 *                     its folder)
 * @param title        frontmatter {@code title}, else the first {@code # heading}, else the file name
 * @param sidebarLabel label in navigation
 * @param frontMatter  typed frontmatter
 * @param bodySource   file text with the frontmatter blanked out (line numbers preserved), to be parsed again when
 *                     the page is rendered, kept deflated or read again from the file ({@link PageBody}; {@link
 *                     #body()} gives it as a string); {@code null} when the
 *                     page keeps its {@code bodyTemplate}, which is all rendering needs (a 50,000-page build would
 *                     otherwise hold both for the pages that fit the budget)
 * @param outline      headings, links, KPI references
 * @param bodyTemplate the body rendered once with its links and widgets left open, or {@code null} when it was not
 *                     kept (see {@code TemplateBudget}): then {@code body} is parsed again to render it
 */
public record Page(
        SourceFile source,
        String docId,
        String url,
        String folder,
        boolean categoryIndex,
        String title,
        String sidebarLabel,
        FrontMatter frontMatter,
        PageBody bodySource,
        PageOutline outline,
        BodyTemplate bodyTemplate) {

    /** A builder with every value absent and {@code categoryIndex} false. */
    public static Builder builder() {
        return new Builder();
    }

    /** The file text with the frontmatter blanked out, or {@code null} when the page keeps its body template. */
    public String body() {
        return bodySource == null ? null : bodySource.text();
    }

    /** Short doc id: the last segment of {@link #docId}. */
    public String shortId() {
        return docId.substring(docId.lastIndexOf('/') + 1);
    }

    /** The page's URL depth: number of {@code ../} to reach the site root. */
    public int depth() {
        int d = 0;
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '/') {
                d++;
            }
        }
        return d;
    }

    /** Relative prefix that reaches the site root from this page: {@code ../../}, or {@code ./} for home. */
    public String root() {
        int d = depth();
        return d == 0 ? "./" : "../".repeat(d);
    }

    /**
     * The name of the docs version the page belongs to ({@code current}, {@code 1.0}), as its
     * {@code docsearch:version} metadata says; {@code ""} for a page of no docs version (pages, docsite's own sites).
     */
    public String versionName() {
        return source.root().version().map(v -> v.name()).orElse("");
    }

    public boolean listed() {
        return !frontMatter.unlisted();
    }

    /** Builds a {@link Page} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private SourceFile source;
        private String docId;
        private String url;
        private String folder;
        private boolean categoryIndex;
        private String title;
        private String sidebarLabel;
        private FrontMatter frontMatter;
        private PageBody body;
        private PageOutline outline;
        private BodyTemplate bodyTemplate;

        private Builder() {
        }

        public Builder source(SourceFile value) { this.source = value; return this; }
        public Builder docId(String value) { this.docId = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder folder(String value) { this.folder = value; return this; }
        public Builder categoryIndex(boolean value) { this.categoryIndex = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder sidebarLabel(String value) { this.sidebarLabel = value; return this; }
        public Builder frontMatter(FrontMatter value) { this.frontMatter = value; return this; }
        public Builder body(String value) { this.body = value == null ? null : PageBody.kept(value); return this; }
        public Builder body(PageBody value) { this.body = value; return this; }
        public Builder outline(PageOutline value) { this.outline = value; return this; }
        public Builder bodyTemplate(BodyTemplate value) { this.bodyTemplate = value; return this; }

        public Page build() {
            return new Page(source, docId, url, folder, categoryIndex, title, sidebarLabel, frontMatter, body, outline,
                    bodyTemplate);
        }
    }
}
