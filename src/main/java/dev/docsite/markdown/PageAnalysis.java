package dev.docsite.markdown;

import java.util.List;

/**
 * The outline of a page together with notices about constructs that were rendered leniently.
 *
 * @param outline the page outline
 * @param notices in document order
 */
public record PageAnalysis(PageOutline outline, List<MarkdownNotice> notices) {

    public PageAnalysis {
        notices = List.copyOf(notices);
    }
}
