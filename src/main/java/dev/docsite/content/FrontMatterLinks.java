package dev.docsite.content;

import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.PageOutline;
import java.util.ArrayList;
import java.util.List;

/**
 * References written in frontmatter that the link check resolves like the body's: the social-card {@code image}. It
 * becomes the first link of the page's outline (frontmatter comes first in the file), located at its value, so that
 * the image is checked, reported with its line and column, copied into the output and written as the check resolved it.
 */
public final class FrontMatterLinks {

    private FrontMatterLinks() {
    }

    /** {@code outline} with the frontmatter's references put before the body's links. */
    static PageOutline withFrontMatterLinks(PageOutline outline, FrontMatter fm, String text) {
        LinkRef image = imageRef(fm, text);
        if (image == null) {
            return outline;
        }
        List<LinkRef> links = new ArrayList<>(outline.links().size() + 1);
        links.add(image);
        links.addAll(outline.links());
        return new PageOutline(outline.firstH1(), outline.headings(), outline.elementIds(), links, outline.kpiRefs(),
                outline.plainText(), outline.partials(), outline.headingSpans(), outline.docCardLists());
    }

    /** The outline link that stands for the page's frontmatter {@code image}, or {@code null} when it has none. */
    public static LinkRef image(Page page) {
        String image = page.frontMatter().image();
        if (image == null || image.isBlank() || page.outline().links().isEmpty()) {
            return null;
        }
        LinkRef first = page.outline().links().get(0);
        return first.kind() == LinkRef.Kind.IMAGE && first.line() == page.frontMatter().lineOf("image")
                && first.target().equals(image.strip()) ? first : null;
    }

    private static LinkRef imageRef(FrontMatter fm, String text) {
        String image = fm.image();
        if (image == null || image.isBlank()) {
            return null;
        }
        int line = fm.lineOf("image");
        return new LinkRef(image.strip(), LinkRef.Kind.IMAGE, line, valueColumn(text, line));
    }

    /** 1-based column of the value of the top-level key on {@code line}: after the colon, spaces and a quote. */
    static int valueColumn(String text, int line) {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return 1;
        }
        int end = text.indexOf('\n', start);
        String row = text.substring(start, end < 0 ? text.length() : end);
        int colon = row.indexOf(':');
        if (colon < 0) {
            return 1;
        }
        int col = colon + 1;
        while (col < row.length() && (row.charAt(col) == ' ' || row.charAt(col) == '\t')) {
            col++;
        }
        if (col < row.length() && (row.charAt(col) == '"' || row.charAt(col) == '\'')) {
            col++;
        }
        return col + 1;
    }
}
