package dev.docsite.nav;

import java.util.List;
import java.util.Objects;

/** One named sidebar of the site ({@code tutorialSidebar}, {@code apiSidebar}, …) with its items in order. */
public record Sidebar(String name, List<SidebarItem> items) {

    public Sidebar {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
