package dev.docsite.site;

import dev.docsite.templates.NavItem;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A shared sidebar's items for templates, made when a template first reads one: the built-in theme only asks
 * whether there are any ({@code page.sidebar?has_content}), and its sidebar is drawn in Java, so on most sites they
 * are never made. A site's own templates see the same items as before.
 */
final class LazyNavItems extends AbstractList<NavItem> {

    private final int size;
    private final Memo<List<NavItem>> items;

    /** @param size how many items {@code make} returns */
    LazyNavItems(int size, Supplier<List<NavItem>> make) {
        this.size = size;
        this.items = new Memo<>(make);
    }

    @Override
    public NavItem get(int index) {
        return items.get().get(index);
    }

    @Override
    public int size() {
        return size;
    }
}
