package dev.docsite.templates;

import java.util.List;

/**
 * The navbar as a template shows it on one page: brand (logo, title) and the items on each side, with every URL
 * relative to that page. A site without a configured navbar has a title and no items, which is docsite's own header.
 *
 * @param title        text beside the logo, or {@code null} for none
 * @param logo         the brand image, or {@code null}
 * @param brandHref    where the brand links to (the home page unless the logo says otherwise)
 * @param left         items on the left, in the order written
 * @param right        items on the right, in the order written
 * @param searchPlaced a {@code search} item places the search box; otherwise it keeps its default place at the end
 */
public record NavbarView(String title, LogoView logo, String brandHref, List<NavbarItemView> left,
                         List<NavbarItemView> right, boolean searchPlaced) {

    public NavbarView {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** docsite's own header: the site title linking home, no items. */
    public static NavbarView titleOnly(String title, String homeHref) {
        return new NavbarView(title, null, homeHref, List.of(), List.of(), false);
    }

    /** Whether any item is configured; the menu button and the drawer exist only then (or with a sidebar). */
    public boolean hasItems() {
        return !left.isEmpty() || !right.isEmpty();
    }
}
