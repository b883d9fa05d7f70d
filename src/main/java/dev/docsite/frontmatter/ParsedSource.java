package dev.docsite.frontmatter;

import dev.docsite.problem.Problem;
import java.util.List;

/**
 * A page file split into frontmatter and body.
 *
 * @param frontMatter typed fields (empty when the file has none or it was malformed)
 * @param body        the whole file text with the frontmatter block replaced by as many empty lines, so that
 *                    line numbers found in the body are the file's line numbers
 * @param problems    what was wrong with the frontmatter, located at the offending line
 */
public record ParsedSource(FrontMatter frontMatter, String body, List<Problem> problems) {

    public ParsedSource {
        problems = List.copyOf(problems);
    }
}
