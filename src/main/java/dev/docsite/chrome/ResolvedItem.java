package dev.docsite.chrome;

import dev.docsite.content.Page;
import dev.docsite.templates.NavbarItemView;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A navbar item bound to the site: its target found, its label defaulted, and the rule that says on which pages it
 * is the active item.
 *
 * @param kind      what it shows as
 * @param label     text, or {@code null} (HTML and search items)
 * @param target    where it links to, or {@code null}
 * @param active    on which pages it is marked active
 * @param html      raw HTML: an {@code html} item's {@code value}, or a link's {@code html} label; else {@code null}
 * @param className the configured {@code className}, or {@code null}
 * @param items     a dropdown's items
 * @param right     placed on the right of the navbar ({@code position: 'right'})
 * @param seenFrom  for an item that changes with the page (its docs version's doc, sidebar or version list): the
 *                  item seen from a page ({@code null} on the 404 page) with URLs from a root; {@code null} for an
 *                  item that is the same on every page
 */
record ResolvedItem(NavbarItemView.Kind kind, String label, ChromeTarget target, Predicate<Page> active, String html,
                    String className, List<ResolvedItem> items, boolean right,
                    BiFunction<Page, String, NavbarItemView> seenFrom) {

    ResolvedItem {
        items = List.copyOf(items);
    }

    /** An item on the left. */
    ResolvedItem(NavbarItemView.Kind kind, String label, ChromeTarget target, Predicate<Page> active, String html,
                 String className, List<ResolvedItem> items) {
        this(kind, label, target, active, html, className, items, false, null);
    }

    /** This item, shown on each page as {@code seenFrom} draws it. */
    ResolvedItem seenFrom(BiFunction<Page, String, NavbarItemView> view) {
        return new ResolvedItem(kind, label, target, active, html, className, items, right, view);
    }

    /** This item on the right when {@code position} says so. */
    ResolvedItem placed(String position) {
        return new ResolvedItem(kind, label, target, active, html, className, items, position.equals("right"),
                seenFrom);
    }

    /** This item seen from {@code page} (or from no page: the 404 page), its URLs written from {@code root}. */
    NavbarItemView view(Page page, String root) {
        if (seenFrom != null) {
            return seenFrom.apply(page, root);
        }
        List<NavbarItemView> children = items.stream().map(i -> i.view(page, root)).toList();
        boolean isActive = page != null && active.test(page)
                || children.stream().anyMatch(NavbarItemView::active);
        return new NavbarItemView(kind, label, target == null ? null : target.href(root),
                target != null && target.external(), isActive, html, className, children);
    }
}
