package dev.docsite.bench;

import java.util.List;

/**
 * Everything other pages need to know about a generated page before it is written.
 *
 * @param index          0-based over all pages of the corpus
 * @param section        folder it lives in
 * @param positionInSection 1-based, its sidebar position
 * @param slug           file name without {@code .md}, such as {@code page-0001}
 * @param title          frontmatter title
 * @param sidebarLabel   frontmatter sidebar_label, also used as link text by other pages
 * @param subject        the topic it is about
 * @param docKind        what kind of document it is (runbook, standard, ...)
 * @param headings       its h2/h3 headings in document order, slugs unique within the page
 * @param hasKpis        whether the page references KPIs from the feed
 * @param folder         sub-folders below the section ({@code ""}, or such as {@code "part-2/unit-1/"})
 */
public record PagePlan(int index, CorpusSection section, int positionInSection, String slug, String title,
                       String sidebarLabel, String subject, String docKind, List<PlannedHeading> headings,
                       boolean hasKpis, String folder) {

    public PagePlan {
        headings = List.copyOf(headings);
    }

    /** Path below the content folder, with {@code /} separators. */
    public String contentPath() {
        return section.dirName() + "/" + folder + slug + ".md";
    }

    /** Where the planned preview server serves the page. */
    public String url() {
        return "/" + section.dirName() + "/" + folder + slug + "/";
    }

    /** The folder holding the page, below the content folder, ending with {@code /}. */
    public String dir() {
        return section.dirName() + "/" + folder;
    }
}
