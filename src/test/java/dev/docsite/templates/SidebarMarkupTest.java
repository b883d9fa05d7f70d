package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidebarMarkupTest {

    @TempDir
    Path tmp;

    private final ThemeRenderer builtIn = new ThemeRenderer(Path.of("no-such-templates"));

    @Test
    void writesTheSidebarAsTheBuiltInPartial() {
        List<NavItem> items = List.of(
                new NavItem("Welcome", "../", false, false, false, List.of()),
                NavItem.builder(NavItem.Kind.CATEGORY).label("Guides & <more>").url("../guides/").collapsible(true)
                        .fill(new NavItem.Fill(0, 3, null)).build(),
                NavItem.builder(NavItem.Kind.CATEGORY).label("Open").collapsible(true).expanded(true).activeBranch(true)
                        .children(List.of(NavItem.builder(NavItem.Kind.DOC).label("It's here").url("a/").active(true)
                                .className("x\"y").build())).build(),
                NavItem.builder(NavItem.Kind.LINK).label("Home").url("https://e.example/?a=1&b=2").external(true).build(),
                NavItem.builder(NavItem.Kind.HTML).rawHtml("<hr>").defaultStyle(true).build());

        assertEquals("""
                <aside id="sidebar" class="sidebar" aria-label="Sidebar">
                <nav class="menu" aria-label="Documentation">
                <ul class="menu-list menu-level-0">
                <li><a href="../">Welcome</a>
                </li>
                <li class="menu-category menu-category-linked">
                <a href="../guides/">Guides &amp; &lt;more&gt;</a>
                <details data-sidebar="0" data-category="3">
                <summary class="menu-caret" aria-label="Guides &amp; &lt;more&gt;"></summary>
                </details>
                </li>
                <li class="menu-category menu-active-branch">
                <details open>
                <summary class="menu-category-label"><span class="menu-link menu-link-nolink">Open</span></summary>
                <ul class="menu-list menu-level-1">
                <li class="menu-item-active x&quot;y"><a href="a/" aria-current="page">It&#39;s here</a>
                </li>
                </ul>
                </details>
                </li>
                <li class="menu-link-item"><a href="https://e.example/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer" class="menu-external">Home</a></li>
                <li class="menu-html menu-html-default"><hr></li>
                </ul>
                </nav>
                </aside>
                """, builtIn.renderSidebar(SamplePages.SITE, items, "../"));
    }

    @Test
    void writesTheSameBytesAsTheTemplateForEveryKindAndFlagOfItem() {
        Random random = new Random(20);
        for (int round = 0; round < 300; round++) {
            List<NavItem> items = randomItems(random, 0);
            assertEquals(builtIn.renderSidebarTemplate(SamplePages.SITE, items, "../"), SidebarMarkup.of(items),
                    "round " + round);
        }
    }

    @Test
    void aCopyOfTheBuiltInPartialIsNoOverrideAndAChangedOneIsRenderedByFreemarker() throws Exception {
        Path copy = tmp.resolve("copy/partials");
        Files.createDirectories(copy);
        Files.write(copy.resolve("sidebar.ftlh"), getClass().getClassLoader()
                .getResourceAsStream(ThemeRenderer.BUILT_IN_FOLDER + "/partials/sidebar.ftlh").readAllBytes());
        Path changed = tmp.resolve("changed/partials");
        Files.createDirectories(changed);
        Files.writeString(changed.resolve("sidebar.ftlh"), "<#list page.sidebar as item>[${item.label}]</#list>");
        List<NavItem> items = List.of(new NavItem("One", "one/", false, false, false, List.of()));

        assertEquals(SidebarMarkup.of(items),
                new ThemeRenderer(tmp.resolve("copy")).renderSidebar(SamplePages.SITE, items, "./"));
        assertEquals("[One]", new ThemeRenderer(tmp.resolve("changed")).renderSidebar(SamplePages.SITE, items, "./"));
    }

    private static final String[] TEXTS = {"Plain", "A & B", "<b>x</b>", "it's \"quoted\"", "Überblick → 日本", ""};

    private static List<NavItem> randomItems(Random random, int depth) {
        int n = random.nextInt(depth == 0 ? 6 : 4);
        List<NavItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NavItem.Kind kind = NavItem.Kind.values()[random.nextInt(4)];
            boolean expanded = random.nextBoolean();
            NavItem.Builder item = NavItem.builder(kind)
                    .label(text(random))
                    .url(kind != NavItem.Kind.LINK && random.nextInt(3) == 0 ? null : "../" + text(random) + "/")
                    .active(random.nextBoolean())
                    .activeBranch(random.nextBoolean())
                    .expanded(expanded)
                    .collapsible(random.nextInt(4) != 0)
                    .external(random.nextBoolean())
                    .className(random.nextBoolean() ? null : text(random))
                    .defaultStyle(random.nextBoolean());
            if (kind == NavItem.Kind.HTML) {
                item.rawHtml("<span class=\"raw\">" + random.nextInt(99) + "</span>");
            }
            if (kind == NavItem.Kind.CATEGORY) {
                if (depth < 3 && (expanded || random.nextBoolean())) {
                    item.children(randomItems(random, depth + 1));
                }
                if (random.nextBoolean()) {
                    item.fill(new NavItem.Fill(random.nextInt(3), random.nextInt(2000),
                            random.nextBoolean() ? null : "../first/" + text(random)));
                }
            }
            items.add(item.build());
        }
        return items;
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
