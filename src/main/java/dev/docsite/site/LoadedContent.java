package dev.docsite.site;

import dev.docsite.content.Category;
import dev.docsite.content.Page;
import dev.docsite.nav.DeclaredSidebars;
import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * Pages read from the content folder, before indexing.
 *
 * @param pages      pages in source order (drafts and unreadable files are not among them)
 * @param categories folder metadata
 * @param problems   problems found while reading
 * @param sidebars   the sidebars the docs roots declare ({@link DeclaredSidebars#read}), not yet bound to pages
 */
public record LoadedContent(List<Page> pages, Map<String, Category> categories, List<Problem> problems,
                            DeclaredSidebars sidebars) {

    /** Content of a site whose sidebar is docsite's folder sidebar. */
    public LoadedContent(List<Page> pages, Map<String, Category> categories, List<Problem> problems) {
        this(pages, categories, problems, DeclaredSidebars.folderTree());
    }

    /** The same content with the sidebars read from the sidebars files. */
    public LoadedContent withSidebars(DeclaredSidebars declared) {
        return new LoadedContent(pages, categories, problems, declared);
    }

    public LoadedContent {
        pages = List.copyOf(pages);
        categories = Map.copyOf(categories);
        problems = List.copyOf(problems);
    }
}
