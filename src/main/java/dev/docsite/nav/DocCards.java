package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import dev.docsite.nav.SidebarItem.LinkItem;
import dev.docsite.templates.DocCard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cards of a category's items, as Docusaurus's {@code DocCardList} shows them on a generated-index page and
 * where a doc writes {@code <DocCardList />}: a doc's card shows its {@code description}, else its excerpt; a
 * category's its description, else its item count; HTML items and unlisted docs have no card.
 */
public final class DocCards {

    /** Longest excerpt shown for a doc without a {@code description}. */
    static final int EXCERPT_LIMIT = 200;

    private DocCards() {
    }

    /**
     * @param href a site URL to the link written on the page that shows the cards
     */
    public static List<DocCard> of(List<SidebarItem> items, Function<String, String> href) {
        List<DocCard> cards = new ArrayList<>();
        for (SidebarItem item : items) {
            if (item instanceof DocItem doc && doc.page().listed()) {
                cards.add(new DocCard("doc", doc.shownLabel(), href.apply(doc.page().url()), description(doc.page()),
                        "📄️"));
            } else if (item instanceof LinkItem link) {
                cards.add(new DocCard("link", link.label(), link.internal() ? href.apply(link.href()) : link.href(),
                        link.description(), link.internal() ? "📄️" : "🔗"));
            } else if (item instanceof CategoryItem category) {
                String first = firstLink(category);
                int count = category.items().size();
                cards.add(new DocCard("category", category.label(),
                        first == null ? null : first.contains("://") ? first : href.apply(first),
                        category.description() != null ? category.description()
                                : count == 1 ? "1 item" : count + " items", "🗃️"));
            }
        }
        return cards;
    }

    /** Docusaurus's {@code findFirstSidebarItemLink}: the category's own link, else its first item's. */
    private static String firstLink(CategoryItem category) {
        if (category.linkUrl() != null) {
            return category.linkUrl();
        }
        for (SidebarItem item : category.items()) {
            if (item instanceof DocItem doc) {
                return doc.page().url();
            }
            if (item instanceof LinkItem link) {
                return link.href();
            }
            if (item instanceof CategoryItem sub && firstLink(sub) != null) {
                return firstLink(sub);
            }
        }
        return null;
    }

    /**
     * {@code description}, else the excerpt Docusaurus takes: the first text that is not a heading, here the text
     * between the headings that open the page and the next heading, shortened.
     */
    static String description(Page page) {
        if (page.frontMatter().description() != null) {
            return page.frontMatter().description();
        }
        String text = page.outline().text();
        int from = 0;
        int to = text.length();
        for (Heading heading : page.outline().headings()) {
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int at = text.indexOf(heading.text(), from);
            if (at == from) {
                from += heading.text().length(); // a heading before any text: not the excerpt
            } else {
                to = at < 0 ? to : at;
                break;
            }
        }
        String excerpt = text.substring(Math.min(from, to), to).strip();
        if (excerpt.length() > EXCERPT_LIMIT) {
            int cut = excerpt.lastIndexOf(' ', EXCERPT_LIMIT);
            excerpt = excerpt.substring(0, cut > 0 ? cut : EXCERPT_LIMIT) + "…";
        }
        return excerpt.isEmpty() ? null : excerpt;
    }
}
