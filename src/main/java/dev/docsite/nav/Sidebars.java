package dev.docsite.nav;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All sidebars of a site, in the order they were declared. A page is shown with the first sidebar that contains it
 * (as a doc item or a category's link, {@code ref} items excepted); a page in none is shown without a sidebar.
 */
public record Sidebars(List<Sidebar> all) {

    /** The name Docusaurus gives the sidebar of a site without a sidebars file. */
    public static final String DEFAULT_NAME = "defaultSidebar";

    public Sidebars {
        all = List.copyOf(all);
        Set<String> names = new HashSet<>();
        for (Sidebar s : all) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two sidebars are named '" + s.name() + "'");
            }
        }
    }

    public static Sidebars of(Sidebar... sidebars) {
        return new Sidebars(List.of(sidebars));
    }

    /** The sidebar named {@code name}, or {@code null}. */
    public Sidebar named(String name) {
        for (Sidebar s : all) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
