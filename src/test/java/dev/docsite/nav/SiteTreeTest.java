package dev.docsite.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.content.Category;
import dev.docsite.content.Page;
import dev.docsite.nav.SidebarItem.CategoryItem;
import dev.docsite.nav.SidebarItem.DocItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteTreeTest {

    @Test
    void theFolderTreeIsOneSidebarOrderedByPositionThenFileNameWithIndexPagesAsCategoryLinksAndUnlistedPagesIn() {
        NavPages pages = new NavPages();
        Page home = pages.add("index.md", "title: Home");
        Page intro = pages.add("intro.md", "title: Intro\nsidebar_position: 2");
        Page a = pages.add("01-basics/a.md", "title: A");
        Page b = pages.add("01-basics/b.md", "title: B\nsidebar_position: 1");
        Page platformHome = pages.add("platform/index.md", "title: Platform home");
        Page x = pages.add("platform/x.md", "title: X");
        Page hidden = pages.add("hidden.md", "title: Hidden\nunlisted: true");
        Map<String, Category> categories = Map.of(
                "01-basics", new Category("01-basics", "Basics", 1.0, false, null, "The basics"));

        Sidebars built = SiteTree.build(pages.index(), categories);

        assertEquals(Sidebars.of(new Sidebar("defaultSidebar", List.of(
                DocItem.of(home),
                new CategoryItem("Basics", null, false, true, null, Map.of(), "The basics",
                        List.of(DocItem.of(b), DocItem.of(a))),
                DocItem.of(intro),
                DocItem.of(hidden),
                new CategoryItem("platform", new CategoryLink.DocLink(platformHome), true, true, null, Map.of(), null,
                        List.of(DocItem.of(x)))))), built);
    }

    @Test
    void aCategoryLinkDocNamedInCategoryFileLeavesItsPlaceInTheList() {
        NavPages pages = new NavPages();
        Page start = pages.add("guides/start.md", "title: Start\nid: start");
        Page more = pages.add("guides/more.md", "title: More");
        Map<String, Category> categories = Map.of(
                "guides", new Category("guides", "Guides", null, true, "guides/start", null));

        Sidebars built = SiteTree.build(pages.index(), categories);

        assertEquals(List.of(new CategoryItem("Guides", new CategoryLink.DocLink(start), true, true, null, Map.of(),
                null, List.of(DocItem.of(more)))), built.named("defaultSidebar").items());
    }
}
