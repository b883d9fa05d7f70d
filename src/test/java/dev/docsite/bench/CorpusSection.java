package dev.docsite.bench;

import java.util.List;

/**
 * One of the ~20 top-level folders of the corpus.
 *
 * @param position 1-based, also the sidebar position
 * @param dirName  folder name such as {@code section-01-identity}
 * @param label    sidebar label such as {@code Identity and access}
 * @param tag      tag given to its pages
 * @param subjects topics its pages are about
 */
public record CorpusSection(int position, String dirName, String label, String tag, List<String> subjects) {

    public CorpusSection {
        subjects = List.copyOf(subjects);
    }
}
