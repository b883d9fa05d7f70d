package dev.docsite.site;

import dev.docsite.content.Categories;
import dev.docsite.content.Page;
import dev.docsite.nav.DeclaredSidebars;
import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pages read from the content folder, before indexing.
 *
 * @param pages      pages in source order (drafts and unreadable files are not among them)
 * @param categories folder metadata of each content root
 * @param problems   problems found while reading
 * @param sidebars   the sidebars the docs roots declare ({@link DeclaredSidebars#read}), not yet bound to pages
 * @param drafts     doc ids of the drafts of each docs plugin instance and version (by {@code ContentRoot.docScope()}): sidebars naming them leave
 *                   them out instead of reporting an unknown id, as Docusaurus does
 */
public record LoadedContent(List<Page> pages, Categories categories, List<Problem> problems,
                            DeclaredSidebars sidebars, Map<String, Set<String>> drafts) {

    /** Content of a site whose sidebar is docsite's folder sidebar. */
    public LoadedContent(List<Page> pages, Categories categories, List<Problem> problems) {
        this(pages, categories, problems, DeclaredSidebars.folderTree(), Map.of());
    }

    /** The same content with the sidebars read from the sidebars files. */
    public LoadedContent withSidebars(DeclaredSidebars declared) {
        return new LoadedContent(pages, categories, problems, declared, drafts);
    }

    /** The same content knowing the doc ids of its drafts. */
    public LoadedContent withDrafts(Map<String, Set<String>> draftIds) {
        return new LoadedContent(pages, categories, problems, sidebars, draftIds);
    }

    public LoadedContent {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        drafts = Map.copyOf(drafts);
    }
}
