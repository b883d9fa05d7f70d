package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each page sits in the sidebars: which sidebar it is shown with (the first that contains it), the categories
 * above it, and the order pagination follows. Built once; read by many threads.
 */
final class SidebarIndex {

    /**
     * @param sidebar  index of the page's sidebar in {@link Sidebars#all()}
     * @param above    categories from the top down to the one holding the page (not the category it is the link of)
     * @param linkOf   the category whose label links to the page, or {@code null}
     * @param position the page's first place in its sidebar's pagination order
     */
    record Placement(int sidebar, List<CategoryItem> above, CategoryItem linkOf, int position) {

        /** The category the page is the link of, else the innermost one holding it, else {@code null}. */
        CategoryItem deepestCategory() {
            return linkOf != null ? linkOf : above.isEmpty() ? null : above.get(above.size() - 1);
        }
    }

    /**
     * One stop of pagination: a doc (in a doc item or as a category's link) or a category's generated index.
     *
     * @param label the doc item's label, or the category's label for a generated index; {@code null} for a doc
     *              without one
     * @param page  the doc, or {@code null} for a generated index
     */
    record Stop(String label, String url, Page page) {
    }

    private final Sidebars sidebars;
    private final Map<Page, Placement> placements = new IdentityHashMap<>();
    /** Generated-index pages by URL: where each is shown (the first category linking to it) and its category. */
    private final Map<String, Placement> indexPlacements = new LinkedHashMap<>();
    private final Map<String, CategoryItem> indexCategories = new LinkedHashMap<>();
    private final List<List<Stop>> stops = new ArrayList<>();
    /** Every category, numbered in document order over all sidebars; the numbers identify them in cache keys. */
    private final Map<CategoryItem, Integer> ids = new IdentityHashMap<>();

    SidebarIndex(Sidebars sidebars) {
        this.sidebars = sidebars;
        for (int s = 0; s < sidebars.all().size(); s++) {
            List<Stop> order = new ArrayList<>();
            walk(s, sidebars.all().get(s).items(), new ArrayList<>(), order);
            stops.add(List.copyOf(order));
        }
    }

    private void walk(int sidebar, List<SidebarItem> items, List<CategoryItem> above, List<Stop> order) {
        for (SidebarItem item : items) {
            if (item instanceof DocItem doc && !doc.ref()) {
                place(doc.page(), new Placement(sidebar, List.copyOf(above), null, order.size()));
                order.add(new Stop(doc.label(), doc.page().url(), doc.page()));
            } else if (item instanceof CategoryItem category) {
                ids.put(category, ids.size());
                if (category.link() instanceof CategoryLink.DocLink link) {
                    place(link.page(), new Placement(sidebar, List.copyOf(above), category, order.size()));
                    order.add(new Stop(null, link.url(), link.page()));
                } else if (category.link() instanceof CategoryLink.GeneratedIndex index) {
                    indexPlacements.putIfAbsent(index.url(),
                            new Placement(sidebar, List.copyOf(above), category, order.size()));
                    indexCategories.putIfAbsent(index.url(), category);
                    order.add(new Stop(index.title() != null ? index.title() : category.label(), index.url(), null));
                }
                above.add(category);
                walk(sidebar, category.items(), above, order);
                above.remove(above.size() - 1);
            }
        }
    }

    private void place(Page page, Placement placement) {
        placements.putIfAbsent(page, placement);
    }

    Sidebars sidebars() {
        return sidebars;
    }

    /** Where {@code page} is shown, or {@code null} when no sidebar contains it. */
    Placement placement(Page page) {
        return page == null ? null : placements.get(page);
    }

    /** Where the generated index at {@code url} is shown, or {@code null} when no category links to it. */
    Placement indexPlacement(String url) {
        return indexPlacements.get(url);
    }

    /** The categories whose generated index pages the site builds, one per URL, in sidebar order. */
    List<CategoryItem> generatedIndexes() {
        return List.copyOf(indexCategories.values());
    }

    List<Stop> stops(int sidebar) {
        return stops.get(sidebar);
    }

    int id(CategoryItem category) {
        return ids.get(category);
    }
}
