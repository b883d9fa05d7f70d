package dev.docsite.site;

import dev.docsite.content.Category;
import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * Pages read from the content folder, before indexing.
 *
 * @param pages      pages in source order (drafts and unreadable files are not among them)
 * @param categories folder metadata
 * @param problems   problems found while reading
 */
public record LoadedContent(List<Page> pages, Map<String, Category> categories, List<Problem> problems) {

    public LoadedContent {
        pages = List.copyOf(pages);
        categories = Map.copyOf(categories);
        problems = List.copyOf(problems);
    }
}
