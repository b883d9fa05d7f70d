package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import dev.docsite.templates.TocItem;
import java.util.ArrayList;
import java.util.List;

/** A page's "On this page" list. */
public final class TableOfContents {

    private TableOfContents() {
    }

    /** Headings between the page's {@code toc_min_heading_level} and {@code toc_max_heading_level}. */
    public static List<TocItem> of(Page page) {
        int min = page.frontMatter().tocMinHeadingLevel();
        int max = Math.max(min, page.frontMatter().tocMaxHeadingLevel());
        List<TocItem> items = new ArrayList<>();
        for (Heading h : page.outline().headings()) {
            if (h.level() >= min && h.level() <= max) {
                items.add(new TocItem(h.text(), h.id(), h.level() - min));
            }
        }
        return items;
    }
}
