package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.LastUpdateOptions;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.GitHistory;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.docusaurus.EditUrl;
import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.js.JsException;
import dev.docsite.links.UrlText;
import dev.docsite.templates.LastUpdateView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 6: what a page says about its source, under its text: the "Edit this page" link and the "Last updated on …
 * by …" line, for docs and blog posts alike, each as its content root's plugin options say.
 */
final class PageEditing {

    private PageEditing() {
    }

    /**
     * The "Edit this page" link: the frontmatter's {@code custom_edit_url}; else the docs or blog plugin's
     * {@code editUrl} (a base URL followed by the plugin's folder and the file's path, or a function called for this
     * doc or post as Docusaurus calls it); else {@code site.yml}'s {@code edit_url} followed by the file's path in
     * the content folder.
     */
    static String editUrl(Page page, SiteConfig config) {
        if (page.frontMatter().customEditUrl() != null) {
            return page.frontMatter().customEditUrl();
        }
        ContentRoot root = page.source().root();
        if (root.editUrl().isPresent()) {
            EditUrl edit = root.editUrl().get();
            String dir = config.siteRoot().relativize(root.dir()).toString().replace('\\', '/');
            String permalink = config.baseUrl() + page.url();
            try {
                return (root.kind() == ContentRoot.Kind.BLOG ? edit.forPost(page.source().relPath(), dir, permalink)
                        : edit.forDoc(root.version().map(DocsVersion::name).orElse(DocsVersion.CURRENT),
                        page.source().relPath(), dir, permalink)).orElse(null);
            } catch (JsException e) {
                throw new IllegalStateException("the editUrl function failed for " + page.source().displayPath()
                        + ": " + e.getMessage(), e);
            }
        }
        String base = config.editUrl();
        if (base == null) {
            return null;
        }
        return (base.endsWith("/") ? base : base + "/") + UrlText.encodePath(page.source().relPath());
    }

    /**
     * The page file's last git commit, as its content root shows it (date, author, both, or nothing); the
     * frontmatter's {@code last_update} date and author win over git's, as in Docusaurus.
     */
    static LastUpdateView lastUpdate(Page page, Map<Path, GitHistory.LastUpdate> lastUpdates) {
        LastUpdateOptions shown = page.source().root().lastUpdate();
        if (!shown.any()) {
            return null;
        }
        GitHistory.LastUpdate git = lastUpdates.get(page.source().path());
        FrontMatter.LastUpdate written = page.frontMatter().lastUpdate();
        LocalDate day = written != null && written.date() != null ? written.date()
                : git != null ? git.at().atZone(ZoneOffset.UTC).toLocalDate() : null;
        String author = written != null && written.author() != null ? written.author() : git != null ? git.author() : null;
        day = shown.time() ? day : null;
        author = shown.author() ? author : null;
        if (day == null && author == null) {
            return null;
        }
        return new LastUpdateView(day == null ? null : day.toString(),
                day == null ? null : day.format(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)), author);
    }
}
