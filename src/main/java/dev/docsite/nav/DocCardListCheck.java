package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.markdown.MarkdownNotice;
import dev.docsite.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <DocCardList />} shows the items of the sidebar category its doc is in; on a doc in none, Docusaurus's
 * {@code useCurrentSidebarCategory} throws and the build fails. Which category a doc is in is known only once the
 * sidebars are bound, so the Markdown stage hands each use over as a warning and this check reports those of docs in
 * no category.
 */
public final class DocCardListCheck {

    private DocCardListCheck() {
    }

    /** The warnings of every {@code <DocCardList />} on a page of {@code pages} that is in no sidebar category. */
    public static List<Problem> problems(List<Page> pages, Navigation navigation) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages) {
            if (page.outline().docCardLists().isEmpty() || navigation.categoryOf(page) != null) {
                continue;
            }
            for (MarkdownNotice n : page.outline().docCardLists()) {
                problems.add(new Problem(n.severity(), n.code(), n.file() != null ? n.file() : page.source().displayPath(),
                        n.line(), n.column(), n.message(), null));
            }
        }
        return problems;
    }
}
