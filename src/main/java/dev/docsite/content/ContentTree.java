package dev.docsite.content;

import dev.docsite.problem.Problem;
import java.util.List;

/**
 * What the content folder holds: page files in path order and folder metadata.
 *
 * @param files      page files ({@code .md}/{@code .mdx}), sorted by relative path
 * @param categories folder metadata of each root by root-relative folder path; every folder holding pages has one
 * @param problems   unreadable category files and similar
 */
public record ContentTree(List<SourceFile> files, Categories categories, List<Problem> problems) {

    public ContentTree {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
